import { Center, Loader, Table } from '@mantine/core';
import type { ReactNode } from 'react';

export type RelatedRecordsTableProps<Row> = {
  label: string;
  // undefined while loading.
  rows: Row[] | undefined;
  columns: string[];
  renderRow: (row: Row) => ReactNode;
  // What will be listed here, said when there is nothing yet.
  empty: ReactNode;
};

// The shell of the Notes, Tasks, Deals and Tickets tabs: loading, empty state, or the table.
export function RelatedRecordsTable<Row>({ label, rows, columns, renderRow, empty }: RelatedRecordsTableProps<Row>) {
  if (rows === undefined) {
    return (
      <Center h={120}>
        <Loader aria-label={`Loading ${label.toLowerCase()}`} />
      </Center>
    );
  }
  if (rows.length === 0) return <>{empty}</>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={label} verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows.map(renderRow)}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
