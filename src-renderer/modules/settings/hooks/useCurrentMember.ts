import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export const currentMemberSettingKey = 'currentMemberId';

// The agent using this device: a team member, so they can own and be assigned records.
// undefined while loading, null when the profile has not been filled in yet.
export function useCurrentMember(): StoredRecord<'teamMembers'> | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const setting = await db.settings.get(currentMemberSettingKey);
    const member = typeof setting?.value === 'string' ? await db.teamMembers.get(setting.value) : undefined;
    return member && !member.deleted ? member : null;
  }, [db]);
}
