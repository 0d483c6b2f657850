import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';

export const onboardedSettingKey = 'onboardedAt';

export type OnboardingState = 'loading' | 'welcome' | 'done';

// The welcome screen shows until the user has chosen to start empty or with demo data.
export function useOnboardingState(): OnboardingState {
  const { db } = useDatabase();
  return useLiveQuery(async () => ((await db.settings.get(onboardedSettingKey)) ? 'done' : 'welcome'), [db], 'loading');
}
