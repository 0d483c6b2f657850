import { Table } from '@mantine/core';
import type { StoredRecord } from '../../../../db/rowTypes';
import { SectionCard } from '../../../../ui/SectionCard';
import { formatDateTime } from '../../../../ui/utils/formatDate';

export type ContactRecordInfoCardProps = { contact: StoredRecord<'contacts'>; ownerName: string };

// Who looks after the contact, where it came from and when it last changed.
export function ContactRecordInfoCard({ contact, ownerName }: ContactRecordInfoCardProps) {
  const facts = [
    { label: 'Owner', value: ownerName || 'Nobody yet' },
    { label: 'Source', value: contact.source || '—' },
    { label: 'Created', value: formatDateTime(contact.createdAt) },
    { label: 'Updated', value: formatDateTime(contact.updatedAt) },
  ];
  return (
    <SectionCard title="Record info">
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {facts.map((fact) => (
            <Table.Tr key={fact.label}>
              <Table.Th w={90}>{fact.label}</Table.Th>
              <Table.Td>{fact.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
