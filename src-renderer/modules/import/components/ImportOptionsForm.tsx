import { Autocomplete, Radio, Select, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MatchField, MatchMode } from '@shared/import/planImportChunk';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import type { ImportSettings } from '../utils/importSettings';
import { matchModeLabels } from '../utils/matchModeLabels';
import { ValueFormatFields } from './ValueFormatFields';

export type ImportOptionsValues = Pick<ImportSettings, 'valueFormat' | 'mode' | 'matchOn' | 'batch'>;
export type ImportOptionsFormProps = { values: ImportOptionsValues; onChange: (values: ImportOptionsValues) => void };

const modeLabels = matchModeLabels('contacts');
const matchFieldOptions: Array<{ value: MatchField; label: string }> = [
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'externalId', label: 'External id' },
];

export function ImportOptionsForm({ values, onChange }: ImportOptionsFormProps) {
  const { db } = useDatabase();
  const owners = useOwnerOptions();
  const listNames = useLiveQuery(async () => (await db.lists.toArray()).filter((list) => !list.deleted).map((list) => list.name), [db]);
  const setBatch = (change: Partial<ImportSettings['batch']>) => onChange({ ...values, batch: { ...values.batch, ...change } });
  return (
    <Stack gap="md">
      <Radio.Group label="Existing contacts" value={values.mode} onChange={(mode) => onChange({ ...values, mode: mode as MatchMode })}>
        <Stack gap={6} mt={6}>
          {(Object.keys(modeLabels) as MatchMode[]).map((mode) => (
            <Radio key={mode} value={mode} label={modeLabels[mode]} />
          ))}
        </Stack>
      </Radio.Group>
      <Select label="Match contacts on" data={matchFieldOptions} value={values.matchOn} allowDeselect={false} onChange={(value) => value && onChange({ ...values, matchOn: value as MatchField })} maw={320} />
      <Title order={3} size="h5">
        For every imported contact
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TagsInput label="Add tags" value={values.batch.tagNames} onChange={(tagNames) => setBatch({ tagNames })} />
        <Autocomplete label="Add to list" data={listNames ?? []} value={values.batch.listName} onChange={(listName) => setBatch({ listName })} />
        <Select label="Owner of new contacts" data={owners ?? []} value={values.batch.ownerId} clearable onChange={(ownerId) => setBatch({ ownerId })} />
        <TextInput label="Source of new contacts" placeholder="For example: Trade fair 2026" value={values.batch.source} onChange={(event) => setBatch({ source: event.currentTarget.value })} />
      </SimpleGrid>
      <ValueFormatFields value={values.valueFormat} onChange={(valueFormat) => onChange({ ...values, valueFormat })} withPhoneCountry />
    </Stack>
  );
}
