import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { DetailPage } from '../../../ui/DetailPage';
import { FieldList } from '../../../ui/FieldList';
import { formatDate, formatDateTime } from '../../../ui/utils/formatDate';
import { formatMoney } from '../../../ui/utils/formatMoney';

export function DealDetailView() {
  const { dealId = '' } = useParams();
  const { db } = useDatabase();
  const deal = useLiveQuery(async () => (await db.deals.get(dealId)) ?? null, [db, dealId]);
  const names = useLiveQuery(async () => {
    if (!deal) return null;
    const [pipeline, stage, company] = await Promise.all([db.pipelines.get(deal.pipelineId), db.stages.get(deal.stageId), deal.companyId ? db.companies.get(deal.companyId) : undefined]);
    return { pipeline: pipeline?.name ?? '', stage: stage?.name ?? '', company: company?.name ?? '' };
  }, [db, deal]);
  return (
    <DetailPage record={deal} backTo="/deals" backLabel="All deals" title={deal?.title ?? ''} subtitle={deal ? formatMoney(deal.valueMinor, deal.currency) : undefined}>
      {deal && (
        <FieldList
          fields={[
            { label: 'Status', value: deal.status },
            { label: 'Pipeline', value: names?.pipeline },
            { label: 'Stage', value: names?.stage },
            { label: 'Company', value: names?.company },
            { label: 'Expected close', value: formatDate(deal.expectedCloseDate) },
            { label: 'Lost reason', value: deal.lostReason },
            { label: 'Created', value: formatDateTime(deal.createdAt) },
            { label: 'Updated', value: formatDateTime(deal.updatedAt) },
          ]}
        />
      )}
    </DetailPage>
  );
}
