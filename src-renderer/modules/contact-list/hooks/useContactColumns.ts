import { useMemo } from 'react';
import { customContactColumns, standardContactColumns, type ContactColumn } from '@shared/domain/contactColumns';
import type { FilterValueType } from '@shared/domain/filters/filterTypes';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';

export type ContactColumns = { all: ContactColumn[]; byId: Map<string, ContactColumn>; typeOf: (field: string) => FilterValueType | undefined };

// Standard fields plus the custom contact attributes defined in Settings.
export function useContactColumns(): ContactColumns {
  const definitions = useAttributeDefinitions('contact');
  return useMemo(() => {
    const all = [...standardContactColumns, ...customContactColumns(definitions ?? [])];
    const byId = new Map(all.map((column) => [column.id, column]));
    return { all, byId, typeOf: (field: string) => byId.get(field)?.type };
  }, [definitions]);
}
