import { ActionIcon, Select, Table, Text, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ColumnMapping, ImportAttribute, ImportTarget } from '@shared/import/importTypes';
import type { ImportRecordType } from '@shared/import/records/importRecordTypes';
import { importTargetOptions } from '../utils/importTargetLabels';
import type { ImportPreview } from '../utils/readImportPreview';

export type ColumnMappingTableProps = {
  recordType: ImportRecordType;
  preview: ImportPreview;
  mapping: ColumnMapping;
  attributes: ImportAttribute[];
  onChange: (mapping: ColumnMapping) => void;
  // Absent for tasks and events, which have no custom attributes.
  onCreateAttribute?: (column: number) => void;
};

function samples(preview: ImportPreview, column: number): string {
  const values = preview.rows.map((row) => row[column]?.trim() ?? '').filter(Boolean);
  return [...new Set(values)].slice(0, 3).join(' · ');
}

export function ColumnMappingTable({ recordType, preview, mapping, attributes, onChange, onCreateAttribute }: ColumnMappingTableProps) {
  const setTarget = (column: number, target: ImportTarget | null) => onChange(mapping.map((current, index) => (index === column ? target : current)));
  return (
    <Table withTableBorder aria-label="Column mapping">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Column</Table.Th>
          <Table.Th>Values in the first rows</Table.Th>
          <Table.Th>Imported as</Table.Th>
          {onCreateAttribute && (
            <Table.Th>
              <Text span size="sm" fw={700}>
                New attribute
              </Text>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.headers.map((header, column) => (
          <Table.Tr key={column}>
            <Table.Td>{header}</Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {samples(preview, column)}
              </Text>
            </Table.Td>
            <Table.Td miw={260}>
              <Select
                aria-label={`Field for column ${header}`}
                data={importTargetOptions(recordType, attributes, header)}
                value={mapping[column] ?? ''}
                allowDeselect={false}
                searchable
                onChange={(value) => setTarget(column, (value || null) as ImportTarget | null)}
              />
            </Table.Td>
            {onCreateAttribute && (
              <Table.Td>
                <Tooltip label="Create a custom attribute for this column">
                  <ActionIcon variant="subtle" aria-label={`Create a custom attribute from column ${header}`} onClick={() => onCreateAttribute(column)}>
                    <IconPlus size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
