import { Table, Text } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { RelatedRecordsTable } from '../../contacts/components/profile/RelatedRecordsTable';
import { timelineKindLabels } from '../../timeline/utils/timelineEntry';
import type { CompanyRecords } from '../utils/readCompanyActivity';

export type CompanyNotesTableProps = { records: CompanyRecords | undefined };

export function CompanyNotesTable({ records }: CompanyNotesTableProps) {
  // Newest first, a logged activity at the time it happened, as on the timeline.
  const notes = records?.notes.map((note) => ({ note, at: note.occurredAt ?? note.createdAt })).sort((a, b) => b.at.localeCompare(a.at));
  return (
    <RelatedRecordsTable
      label="Company notes"
      rows={notes}
      columns={['When', 'Kind', 'Note', 'Author']}
      empty={
        <EmptyState icon={IconNote} title="No notes yet">
          Notes about this company will be listed here. Write one on the Timeline tab.
        </EmptyState>
      }
      renderRow={({ note, at }) => (
        <Table.Tr key={note.id}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{timelineKindLabels[note.kind]}</Table.Td>
          <Table.Td>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {note.body}
            </Text>
          </Table.Td>
          <Table.Td>{(note.authorId && records?.members.get(note.authorId)) || '—'}</Table.Td>
        </Table.Tr>
      )}
    />
  );
}
