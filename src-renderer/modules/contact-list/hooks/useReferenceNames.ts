import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';

export type ReferenceNames = { owners: Map<string, string>; companies: Map<string, string>; tags: Map<string, { name: string; color: string }>; lists: Map<string, string> };

const empty: ReferenceNames = { owners: new Map(), companies: new Map(), tags: new Map(), lists: new Map() };

// Names for the ids a contact row refers to (owner, companies, tags, lists), for cells and filter pickers.
export function useReferenceNames(): ReferenceNames {
  const { db } = useDatabase();
  return (
    useLiveQuery(async () => {
      const [members, companies, tags, lists] = await Promise.all([db.teamMembers.toArray(), db.companies.toArray(), db.tags.toArray(), db.lists.toArray()]);
      const live = <Row extends { deleted: 0 | 1 }>(rows: Row[]) => rows.filter((row) => !row.deleted);
      return {
        owners: new Map(live(members).map((member) => [member.id, member.name])),
        companies: new Map(live(companies).map((company) => [company.id, company.name])),
        tags: new Map(live(tags).map((tag) => [tag.id, { name: tag.name, color: tag.color }])),
        lists: new Map(live(lists).map((list) => [list.id, list.name])),
      };
    }, [db]) ?? empty
  );
}
