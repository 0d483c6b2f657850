import { Stack, Switch } from '@mantine/core';
import { useDatabase } from '../../../db/DatabaseProvider';
import { SectionCard } from '../../../ui/SectionCard';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { useDomainAssignmentSetting } from '../hooks/useDomainAssignmentSetting';
import { saveDomainAssignmentSetting, type DomainAssignmentSetting } from '../utils/domainAssignmentSetting';

// Settings > Companies: whether contacts join the company of their email domain.
export function DomainAssignmentSettings() {
  const { db } = useDatabase();
  const setting = useDomainAssignmentSetting();
  const save = (next: DomainAssignmentSetting) => void saveDomainAssignmentSetting(db, next).catch(showWriteError);
  return (
    <SectionCard
      title="Companies"
      description="When a contact is added or its email changes on this device, it joins the company with the same domain (ann@sales.acme.com joins acme.com). Free-mail addresses such as gmail.com, outlook.com or yahoo.com never match."
    >
      <Stack gap="sm">
        <Switch label="Assign contacts to companies by email domain" checked={setting.enabled} onChange={(event) => save({ ...setting, enabled: event.currentTarget.checked })} />
        <Switch
          label="Create the company when no company has the domain"
          description="Named after the domain; you can rename it."
          checked={setting.createCompanies}
          disabled={!setting.enabled}
          onChange={(event) => save({ ...setting, createCompanies: event.currentTarget.checked })}
        />
      </Stack>
    </SectionCard>
  );
}
