import { daysInStage } from '@shared/domain/deals/dealStage';
import { dealStatusLabels } from '@shared/domain/deals/dealStatus';
import type { StoredRecord } from '../../../db/rowTypes';
import { FieldList } from '../../../ui/FieldList';
import { SectionCard } from '../../../ui/SectionCard';
import { formatCount } from '../../../ui/utils/formatCount';
import { formatDate, formatDateTime } from '../../../ui/utils/formatDate';
import { useStageNames } from '../../pipelines/hooks/useStages';

export type DealStatusCardProps = { deal: StoredRecord<'deals'> };

// Where the deal stands: status with its close dates, current stage and the stages it went through.
export function DealStatusCard({ deal }: DealStatusCardProps) {
  const stageNames = useStageNames();
  return (
    <SectionCard title="Status and stage history">
      <FieldList
        fields={[
          { label: 'Status', value: dealStatusLabels[deal.status] },
          { label: 'Stage', value: stageNames?.get(deal.stageId) },
          { label: 'In this stage', value: formatCount(daysInStage(deal, new Date()), 'day') },
          ...(deal.wonAt ? [{ label: 'Won on', value: formatDate(deal.wonAt) }] : []),
          ...(deal.lostAt ? [{ label: 'Lost on', value: formatDate(deal.lostAt) }, { label: 'Lost reason', value: deal.lostReason }] : []),
          { label: 'Created', value: formatDateTime(deal.createdAt) },
        ]}
      />
      <ol aria-label="Stage history" style={{ margin: 0, paddingInlineStart: 20 }}>
        {[...deal.stageHistory].reverse().map((entry) => (
          <li key={`${entry.at}-${entry.stageId}`}>
            {stageNames?.get(entry.stageId) ?? 'A removed stage'}, since {formatDateTime(entry.at)}
          </li>
        ))}
      </ol>
    </SectionCard>
  );
}
