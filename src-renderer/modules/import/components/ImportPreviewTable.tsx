import { Table, Text } from '@mantine/core';
import type { ImportPreview } from '../utils/readImportPreview';
import { ScrollableTable } from './ScrollableTable';

export type ImportPreviewTableProps = { preview: ImportPreview };

// Cells are shown as text (React escapes them): an imported value is data, never markup.
export function ImportPreviewTable({ preview }: ImportPreviewTableProps) {
  return (
    <ScrollableTable label="Preview" maxHeight={320}>
      <Table striped withTableBorder aria-label="First rows of the file" fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            {preview.headers.map((header, index) => (
              <Table.Th key={index}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((row, rowIndex) => (
            <Table.Tr key={rowIndex}>
              <Table.Td>{preview.headerRowNumber + 1 + rowIndex}</Table.Td>
              {preview.headers.map((_, index) => (
                <Table.Td key={index}>
                  <Text size="xs" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
                    {row[index] ?? ''}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
