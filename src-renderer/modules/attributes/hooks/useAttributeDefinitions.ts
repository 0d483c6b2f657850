import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AttributeEntity } from '../utils/attributeLabels';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type AttributeDefinition = StoredRecord<'attributeDefinitions'>;
export type UseAttributeDefinitionsOptions = { includeDeleted?: boolean };

// The custom attributes of one object in their display order; undefined while loading.
export function useAttributeDefinitions(entity: AttributeEntity, { includeDeleted = false }: UseAttributeDefinitionsOptions = {}): AttributeDefinition[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const rows = await db.attributeDefinitions.where('[entity+key]').between([entity, Dexie.minKey], [entity, Dexie.maxKey]).toArray();
    return rows.filter((row) => includeDeleted || row.deleted === 0).sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  }, [db, entity, includeDeleted]);
}
