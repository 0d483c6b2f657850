import { IconBuilding } from '@tabler/icons-react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useLiveRecordList } from '../../../db/queries/useLiveRecordList';
import { EmptyState } from '../../../ui/EmptyState';
import { RecordListPage } from '../../../ui/RecordListPage';
import { RecordRow, RecordRowPlaceholder } from '../../../ui/RecordRow';
import { formatCount } from '../../../ui/utils/formatCount';

export function CompaniesView() {
  const { db } = useDatabase();
  const { ids, rowsById, onVisibleRangeChange } = useLiveRecordList(db.companies, 'sortName');
  return (
    <RecordListPage
      title="Companies"
      countLabel={(count) => formatCount(count, 'company', 'companies')}
      ids={ids}
      onVisibleRangeChange={onVisibleRangeChange}
      empty={
        <EmptyState icon={IconBuilding} title="No companies yet">
          Companies appear here when you add them, import them with contacts or when a contact’s email domain matches one.
        </EmptyState>
      }
      renderItem={(id) => {
        const company = rowsById.get(id);
        if (!company) return <RecordRowPlaceholder />;
        return <RecordRow to={`/companies/${company.id}`} title={company.name} subtitle={[company.domain, company.city].filter(Boolean).join(' · ') || undefined} />;
      }}
    />
  );
}
