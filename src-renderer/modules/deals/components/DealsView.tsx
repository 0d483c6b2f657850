import { Badge } from '@mantine/core';
import { IconChartFunnel } from '@tabler/icons-react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useLiveRecordList } from '../../../db/queries/useLiveRecordList';
import { EmptyState } from '../../../ui/EmptyState';
import { RecordListPage } from '../../../ui/RecordListPage';
import { RecordRow, RecordRowPlaceholder } from '../../../ui/RecordRow';
import { formatCount } from '../../../ui/utils/formatCount';
import { formatMoney } from '../../../ui/utils/formatMoney';

export function DealsView() {
  const { db } = useDatabase();
  const { ids, rowsById, onVisibleRangeChange } = useLiveRecordList(db.deals, 'sortName');
  return (
    <RecordListPage
      title="Deals"
      countLabel={(count) => formatCount(count, 'deal')}
      ids={ids}
      onVisibleRangeChange={onVisibleRangeChange}
      empty={
        <EmptyState icon={IconChartFunnel} title="No deals yet">
          Deals you open for contacts and companies are listed here and on the pipeline boards.
        </EmptyState>
      }
      renderItem={(id) => {
        const deal = rowsById.get(id);
        if (!deal) return <RecordRowPlaceholder />;
        return (
          <RecordRow
            to={`/deals/${deal.id}`}
            title={deal.title}
            subtitle={formatMoney(deal.valueMinor, deal.currency)}
            aside={<Badge variant="light" color={deal.status === 'won' ? 'green' : deal.status === 'lost' ? 'red' : 'blue'}>{deal.status}</Badge>}
          />
        );
      }}
    />
  );
}
