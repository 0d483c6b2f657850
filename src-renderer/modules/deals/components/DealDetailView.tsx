import { Badge, Group } from '@mantine/core';
import { dealStatusLabels } from '@shared/domain/deals/dealStatus';
import { useParams } from 'react-router';
import { DetailPage } from '../../../ui/DetailPage';
import { ScrollablePage } from '../../../ui/ScrollablePage';
import { formatMoney } from '../../../ui/utils/formatMoney';
import { useDeal } from '../hooks/useDeal';
import { DealCompanyLink } from './DealCompanyLink';
import { DealContactsCard } from './DealContactsCard';
import { DealCustomAttributesCard } from './DealCustomAttributesCard';
import { DealDetailsCard } from './DealDetailsCard';
import { DealStatusActions } from './DealStatusActions';
import { DealStatusCard } from './DealStatusCard';
import { DealTasksCard } from './DealTasksCard';
import { DealTimelineCard } from './DealTimelineCard';

// The deal profile: its fields to edit, status and stage history, linked contacts, tasks, notes and timeline.
export function DealDetailView() {
  const { dealId = '' } = useParams();
  const deal = useDeal(dealId);
  return (
    <ScrollablePage label="Deal">
      <DetailPage
        record={deal}
        backTo="/deals"
        backLabel="All deals"
        title={deal?.title ?? ''}
        subtitle={
          deal && (
            <Group gap="xs" component="span">
              {formatMoney(deal.valueMinor, deal.currency)}
              <Badge variant="light" component="span">
                {dealStatusLabels[deal.status]}
              </Badge>
              {deal.companyId && <DealCompanyLink companyId={deal.companyId} />}
            </Group>
          )
        }
        actions={deal && <DealStatusActions deal={deal} />}
      >
        {deal && (
          <>
            <DealStatusCard deal={deal} />
            <DealDetailsCard key={deal.id} deal={deal} />
            <DealCustomAttributesCard key={`custom-${deal.id}`} deal={deal} />
            <DealContactsCard deal={deal} />
            <DealTasksCard dealId={deal.id} />
            <DealTimelineCard deal={deal} />
          </>
        )}
      </DetailPage>
    </ScrollablePage>
  );
}
