import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { defaultDomainAssignmentSetting, domainAssignmentSettingKey, toDomainAssignmentSetting, type DomainAssignmentSetting } from '../utils/domainAssignmentSetting';

// This device's choice about assigning companies by email domain, live.
export function useDomainAssignmentSetting(): DomainAssignmentSetting {
  const { db } = useDatabase();
  return useLiveQuery(async () => toDomainAssignmentSetting((await db.settings.get(domainAssignmentSettingKey))?.value), [db]) ?? defaultDomainAssignmentSetting;
}
