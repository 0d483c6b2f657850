import { Anchor, Badge, Table } from '@mantine/core';
import { dealStatusLabels } from '@shared/domain/deals/dealStatus';
import { IconBriefcase } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../../ui/EmptyState';
import { formatDate } from '../../../../ui/utils/formatDate';
import { formatMoney } from '../../../../ui/utils/formatMoney';
import { useStageNames } from '../../../pipelines/hooks/useStages';
import { useContactRecords } from '../../hooks/useContactRecords';
import { RelatedRecordsTable } from './RelatedRecordsTable';

export type ContactDealsTableProps = { contactId: string };

export function ContactDealsTable({ contactId }: ContactDealsTableProps) {
  const records = useContactRecords('deals', contactId);
  const stageNames = useStageNames();
  const deals = useMemo(() => records?.rows.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [records]);
  return (
    <RelatedRecordsTable
      label="Deals"
      rows={deals}
      columns={['Deal', 'Stage', 'Status', 'Value', 'Expected close', 'Owner']}
      empty={
        <EmptyState icon={IconBriefcase} title="No deals yet">
          Sales opportunities this contact takes part in will be listed here once they are linked to a deal.
        </EmptyState>
      }
      renderRow={(deal) => (
        <Table.Tr key={deal.id}>
          <Table.Td>
            <Anchor component={Link} to={`/deals/${deal.id}`} size="sm">
              {deal.title}
            </Anchor>
          </Table.Td>
          <Table.Td>{stageNames?.get(deal.stageId) ?? '—'}</Table.Td>
          <Table.Td>
            <Badge variant="light">{dealStatusLabels[deal.status]}</Badge>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoney(deal.valueMinor, deal.currency)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(deal.expectedCloseDate) || '—'}</Table.Td>
          <Table.Td>{(deal.ownerId && records?.members.get(deal.ownerId)) || '—'}</Table.Td>
        </Table.Tr>
      )}
    />
  );
}
