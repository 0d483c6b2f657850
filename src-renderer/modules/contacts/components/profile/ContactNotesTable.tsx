import { Table, Text } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { useMemo } from 'react';
import { EmptyState } from '../../../../ui/EmptyState';
import { formatDateTime } from '../../../../ui/utils/formatDate';
import { timelineKindLabels } from '../../../timeline/utils/timelineEntry';
import { useContactRecords } from '../../hooks/useContactRecords';
import { RelatedRecordsTable } from './RelatedRecordsTable';

export type ContactNotesTableProps = { contactId: string };

export function ContactNotesTable({ contactId }: ContactNotesTableProps) {
  const records = useContactRecords('notes', contactId);
  // Newest first, a logged activity at the time it happened, as on the timeline.
  const notes = useMemo(
    () => records?.rows.map((note) => ({ note, at: note.occurredAt ?? note.createdAt })).sort((a, b) => b.at.localeCompare(a.at)),
    [records],
  );
  return (
    <RelatedRecordsTable
      label="Notes"
      rows={notes}
      columns={['When', 'Kind', 'Note', 'Author']}
      empty={
        <EmptyState icon={IconNote} title="No notes yet">
          Notes and logged calls, emails and meetings about this contact will be listed here. Write one on the timeline or use Log activity.
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
