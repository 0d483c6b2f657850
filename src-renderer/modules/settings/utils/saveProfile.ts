import type { AppDatabase } from '../../../db/appDatabase';
import type { TeamMemberFields } from '@shared/domain/teamMember';
import { currentMemberSettingKey } from '../hooks/useCurrentMember';

// The profile is the team member record of this device's user: edited in place once it exists.
export async function saveProfile({ db, mutations }: AppDatabase, memberId: string | null, fields: TeamMemberFields): Promise<void> {
  if (memberId) {
    await mutations.update('teamMembers', memberId, fields);
    return;
  }
  const member = await mutations.create('teamMembers', fields);
  await db.settings.put({ key: currentMemberSettingKey, value: member.id });
}
