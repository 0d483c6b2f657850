import { Anchor } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';

export type DealCompanyLinkProps = { companyId: string };

// The deal's company under its title, opening the company's profile; nothing for a company in the trash.
export function DealCompanyLink({ companyId }: DealCompanyLinkProps) {
  const { db } = useDatabase();
  const company = useLiveQuery(() => db.companies.get(companyId), [db, companyId]);
  if (!company || company.deleted) return null;
  return (
    <Anchor component={Link} to={`/companies/${company.id}`} size="sm">
      {company.name}
    </Anchor>
  );
}
