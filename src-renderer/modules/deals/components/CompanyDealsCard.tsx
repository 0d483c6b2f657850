import { Anchor, Badge, Table, Text } from '@mantine/core';
import { dealStatusLabels } from '@shared/domain/deals/dealStatus';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { SectionCard } from '../../../ui/SectionCard';
import { formatDate } from '../../../ui/utils/formatDate';
import { formatMoney } from '../../../ui/utils/formatMoney';
import { useStageNames } from '../../pipelines/hooks/useStages';

export type CompanyDealsCardProps = { companyId: string };

// The company's deals, newest first, on its page.
export function CompanyDealsCard({ companyId }: CompanyDealsCardProps) {
  const { db } = useDatabase();
  const stageNames = useStageNames();
  const deals = useLiveQuery(
    async () => (await db.deals.where('companyId').equals(companyId).toArray()).filter((deal) => !deal.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [db, companyId],
  );
  return (
    <SectionCard title="Deals" description="Sales opportunities with this company.">
      {deals && deals.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Company deals" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Deal</Table.Th>
                <Table.Th>Stage</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Value</Table.Th>
                <Table.Th>Expected close</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deals.map((deal) => (
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
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {deals ? 'No deals with this company yet. Choose it as the company of a deal to list the deal here.' : 'Loading deals…'}
        </Text>
      )}
    </SectionCard>
  );
}
