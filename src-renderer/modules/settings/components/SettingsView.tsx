import { Stack } from '@mantine/core';
import { PageHeader } from '../../../ui/PageHeader';
import { AttributesSettings } from '../../attributes/components/AttributesSettings';
import { BackupSettings } from '../../backup/components/BackupSettings';
import { DomainAssignmentSettings } from '../../companies/components/DomainAssignmentSettings';
import { EventsSettings } from '../../events/components/EventsSettings';
import { PipelinesSettings } from '../../pipelines/components/PipelinesSettings';
import { SyncSettings } from '../../sync/components/SyncSettings';
import { TicketCategoriesSettings } from '../../tickets/components/TicketCategoriesSettings';
import { TrashSettings } from '../../trash/components/TrashSettings';
import { AboutSettings } from './AboutSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { ProfileSettings } from './ProfileSettings';
import { StorageSettings } from './StorageSettings';
import { TeamMembersSettings } from './TeamMembersSettings';

export function SettingsView() {
  return (
    <Stack maw={860} pb="xl">
      <PageHeader title="Settings" />
      <ProfileSettings />
      <TeamMembersSettings />
      <AttributesSettings />
      <DomainAssignmentSettings />
      <PipelinesSettings />
      <TicketCategoriesSettings />
      <EventsSettings />
      <SyncSettings />
      <AppearanceSettings />
      <StorageSettings />
      <BackupSettings />
      <TrashSettings />
      <AboutSettings />
    </Stack>
  );
}
