import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { DetailPage } from '../../../ui/DetailPage';
import { FieldList } from '../../../ui/FieldList';
import { ScrollablePage } from '../../../ui/ScrollablePage';
import { formatCount } from '../../../ui/utils/formatCount';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { CompanyTicketsCard } from '../../tickets/components/CompanyTicketsCard';

export function CompanyDetailView() {
  const { companyId = '' } = useParams();
  const { db } = useDatabase();
  const company = useLiveQuery(async () => (await db.companies.get(companyId)) ?? null, [db, companyId]);
  const employeeCount = useLiveQuery(() => db.contacts.where('companyIds').equals(companyId).filter((contact) => !contact.deleted).count(), [db, companyId]);
  return (
    <ScrollablePage label="Company">
      <DetailPage record={company} backTo="/companies" backLabel="All companies" title={company?.name ?? ''} subtitle={company?.domain}>
        {company && (
          <FieldList
            fields={[
              { label: 'Domain', value: company.domain },
              { label: 'Industry', value: company.industry },
              { label: 'Employees in Outpost', value: employeeCount === undefined ? '' : formatCount(employeeCount, 'contact') },
              { label: 'Size', value: company.size },
              { label: 'City', value: company.city },
              { label: 'Country', value: company.country },
              { label: 'Created', value: formatDateTime(company.createdAt) },
              { label: 'Updated', value: formatDateTime(company.updatedAt) },
            ]}
          />
        )}
        {company && <CompanyTicketsCard companyId={company.id} />}
      </DetailPage>
    </ScrollablePage>
  );
}
