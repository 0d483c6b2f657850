import { Stack } from '@mantine/core';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';

export function ImportView() {
  return (
    <>
      <PageHeader title="Import" subtitle="Bring in contacts from spreadsheets and the exports of other tools" />
      <Stack gap="lg">
        <ImportWizard />
        <SectionCard title="Import history" description="Every import, with its failed rows; Revert takes an import back.">
          <ImportHistory />
        </SectionCard>
      </Stack>
    </>
  );
}
