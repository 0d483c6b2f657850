import { Autocomplete, Radio, Select, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DateOrder, ValueFormat } from '@shared/import/importTypes';
import type { MatchField, MatchMode } from '@shared/import/planImportChunk';
import { useDatabase } from '../../../db/DatabaseProvider';
import { countryOptionsWith } from '../../contacts/components/form/countryOptions';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import type { ImportSettings } from '../utils/importSettings';

export type ImportOptionsValues = Pick<ImportSettings, 'valueFormat' | 'mode' | 'matchOn' | 'batch'>;
export type ImportOptionsFormProps = { values: ImportOptionsValues; onChange: (values: ImportOptionsValues) => void };

const modeLabels: Record<MatchMode, string> = {
  create: 'Create new contacts only (skip rows that match one)',
  upsert: 'Create new contacts and update matching ones',
  update: 'Update matching contacts only (skip the rest)',
};
const matchFieldOptions: Array<{ value: MatchField; label: string }> = [
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'externalId', label: 'External id' },
];
const dateOrderOptions: Array<{ value: DateOrder; label: string }> = [
  { value: 'DMY', label: 'Day first (31/12/2025)' },
  { value: 'MDY', label: 'Month first (12/31/2025)' },
];
const decimalOptions = [
  { value: '.', label: 'Point (1,234.56)' },
  { value: ',', label: 'Comma (1.234,56)' },
];

export function ImportOptionsForm({ values, onChange }: ImportOptionsFormProps) {
  const { db } = useDatabase();
  const owners = useOwnerOptions();
  const listNames = useLiveQuery(async () => (await db.lists.toArray()).filter((list) => !list.deleted).map((list) => list.name), [db]);
  const setFormat = (change: Partial<ValueFormat>) => onChange({ ...values, valueFormat: { ...values.valueFormat, ...change } });
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
      <Title order={3} size="h5">
        How values are written
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Dates like 03/04/2025" data={dateOrderOptions} value={values.valueFormat.dateOrder} allowDeselect={false} onChange={(value) => value && setFormat({ dateOrder: value as DateOrder })} />
        <Select label="Decimal mark" data={decimalOptions} value={values.valueFormat.decimalSeparator} allowDeselect={false} onChange={(value) => value && setFormat({ decimalSeparator: value as '.' | ',' })} />
        <TextInput
          label="Separator of several values"
          description="Between tags, lists and choices in one cell"
          value={values.valueFormat.multiValueSeparator}
          onChange={(event) => setFormat({ multiValueSeparator: event.currentTarget.value })}
        />
        <Select
          label="Country of phone numbers without +"
          data={countryOptionsWith(values.valueFormat.defaultCountry)}
          value={values.valueFormat.defaultCountry || null}
          searchable
          clearable
          onChange={(value) => setFormat({ defaultCountry: value ?? '' })}
        />
      </SimpleGrid>
    </Stack>
  );
}
