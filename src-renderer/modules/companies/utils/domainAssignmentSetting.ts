import type { OutpostDb } from '../../../db/OutpostDb';

// Kept in the device-local settings table, not synced: assignment runs on the device where a
// contact's email was written (see startDomainAssignment), so the choice belongs to whoever
// works on this device, and a synced workspace setting would need a table the server knows.
export const domainAssignmentSettingKey = 'companies.domainAssignment';

export type DomainAssignmentSetting = {
  // Add a contact to the company whose domain matches its email's (free mail never matches).
  enabled: boolean;
  // Create a company named after the domain when none matches.
  createCompanies: boolean;
};

export const defaultDomainAssignmentSetting: DomainAssignmentSetting = { enabled: true, createCompanies: false };

export function toDomainAssignmentSetting(value: unknown): DomainAssignmentSetting {
  const stored = typeof value === 'object' && value !== null ? (value as Partial<DomainAssignmentSetting>) : {};
  return {
    enabled: typeof stored.enabled === 'boolean' ? stored.enabled : defaultDomainAssignmentSetting.enabled,
    createCompanies: typeof stored.createCompanies === 'boolean' ? stored.createCompanies : defaultDomainAssignmentSetting.createCompanies,
  };
}

export async function readDomainAssignmentSetting(db: OutpostDb): Promise<DomainAssignmentSetting> {
  return toDomainAssignmentSetting((await db.settings.get(domainAssignmentSettingKey))?.value);
}

export async function saveDomainAssignmentSetting(db: OutpostDb, setting: DomainAssignmentSetting): Promise<void> {
  await db.settings.put({ key: domainAssignmentSettingKey, value: setting });
}
