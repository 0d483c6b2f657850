import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';

const noOwners: ReadonlyMap<string, string> = new Map();

// Team members by id, for the owner column and its filter.
export function useOwnerNames(): ReadonlyMap<string, string> {
  const { db } = useDatabase();
  return useLiveQuery(async () => new Map((await db.teamMembers.toArray()).filter((member) => !member.deleted).map((member) => [member.id, member.name])), [db]) ?? noOwners;
}
