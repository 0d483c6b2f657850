import { Anchor, Badge, Table } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate } from '../../../ui/utils/formatDate';
import { formatMoney } from '../../../ui/utils/formatMoney';
import { RelatedRecordsTable } from '../../contacts/components/profile/RelatedRecordsTable';
import type { CompanyRecords } from '../utils/readCompanyActivity';

export type CompanyDealsTableProps = { records: CompanyRecords | undefined };

export function CompanyDealsTable({ records }: CompanyDealsTableProps) {
  return (
    <RelatedRecordsTable
      label="Company deals"
      rows={records?.deals.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt))}
      columns={['Deal', 'Status', 'Value', 'Expected close', 'Owner']}
      empty={
        <EmptyState icon={IconBriefcase} title="No deals yet">
          Sales opportunities with this company will be listed here once a deal names it as its company.
        </EmptyState>
      }
      renderRow={(deal) => (
        <Table.Tr key={deal.id}>
          <Table.Td>
            <Anchor component={Link} to={`/deals/${deal.id}`} size="sm">
              {deal.title}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Badge variant="light">{deal.status}</Badge>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoney(deal.valueMinor, deal.currency)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(deal.expectedCloseDate) || '—'}</Table.Td>
          <Table.Td>{(deal.ownerId && records?.members.get(deal.ownerId)) || '—'}</Table.Td>
        </Table.Tr>
      )}
    />
  );
}
