import { useMemo } from 'react';
import { customAttributeColumns, type ContactColumn } from '@shared/domain/contactColumns';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';
import type { AttributeEntity } from '../../attributes/utils/attributeLabels';

// A record's standard export fields followed by its custom attributes, and a lookup by id.
export function useExportFields(entity: AttributeEntity, standard: readonly ContactColumn[]): { all: ContactColumn[]; byId: ReadonlyMap<string, ContactColumn> } {
  const definitions = useAttributeDefinitions(entity);
  return useMemo(() => {
    const all = [...standard, ...customAttributeColumns(entity, definitions ?? [])];
    return { all, byId: new Map(all.map((column) => [column.id, column])) };
  }, [entity, standard, definitions]);
}
