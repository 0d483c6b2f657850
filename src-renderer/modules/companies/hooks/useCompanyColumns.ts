import { useMemo } from 'react';
import { standardCompanyColumns, type CompanyColumn } from '@shared/domain/companies/companyColumns';
import { customAttributeColumns } from '@shared/domain/contactColumns';
import type { FilterValueType } from '@shared/domain/filters/filterTypes';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';

export type CompanyColumns = { all: CompanyColumn[]; byId: Map<string, CompanyColumn>; typeOf: (field: string) => FilterValueType | undefined };

// Standard company fields plus the custom company attributes defined in Settings.
export function useCompanyColumns(): CompanyColumns {
  const definitions = useAttributeDefinitions('company');
  return useMemo(() => {
    const all = [...standardCompanyColumns, ...customAttributeColumns('company', definitions ?? [])];
    const byId = new Map(all.map((column) => [column.id, column]));
    return { all, byId, typeOf: (field: string) => byId.get(field)?.type };
  }, [definitions]);
}
