import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { customContactColumns, standardContactColumns, type ContactColumn } from '@shared/domain/contactColumns';
import type { FilterValueType } from '@shared/domain/filters/filterTypes';
import { useDatabase } from '../../../db/DatabaseProvider';

export type ContactColumns = { all: ContactColumn[]; byId: Map<string, ContactColumn>; typeOf: (field: string) => FilterValueType | undefined };

// Standard fields plus the custom contact attributes defined in Settings.
export function useContactColumns(): ContactColumns {
  const { db } = useDatabase();
  const definitions = useLiveQuery(async () => (await db.attributeDefinitions.toArray()).filter((definition) => !definition.deleted).sort((a, b) => a.order - b.order), [db]);
  return useMemo(() => {
    const all = [...standardContactColumns, ...customContactColumns(definitions ?? [])];
    const byId = new Map(all.map((column) => [column.id, column]));
    return { all, byId, typeOf: (field: string) => byId.get(field)?.type };
  }, [definitions]);
}
