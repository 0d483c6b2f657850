import { Alert, Radio, Select, Stack, Text } from '@mantine/core';
import { isoCurrencyCodes } from '@shared/domain/common';
import type { RecordMatchField } from '@shared/import/records/importRecordTypes';
import type { MatchMode } from '@shared/import/planImportChunk';
import { usePipelines } from '../../pipelines/hooks/usePipelines';
import type { ImportSettings } from '../utils/importSettings';
import { matchModeLabels } from '../utils/matchModeLabels';
import { recordNouns } from '../utils/records/recordImportPlan';
import type { RecordImportSettings } from '../utils/records/recordImportSettings';
import { ValueFormatFields } from './ValueFormatFields';

export type RecordImportOptionsValues = Pick<ImportSettings, 'valueFormat' | 'mode'> & { records: RecordImportSettings };
export type RecordImportOptionsFormProps = { values: RecordImportOptionsValues; onChange: (values: RecordImportOptionsValues) => void };

const matchOnOptions: Record<'companies' | 'deals', Array<{ value: RecordMatchField; label: string }>> = {
  companies: [
    { value: 'domain', label: 'Domain' },
    { value: 'externalId', label: 'External id' },
    { value: 'name', label: 'Name' },
  ],
  deals: [
    { value: 'externalId', label: 'External id' },
    { value: 'title', label: 'Title within the pipeline' },
  ],
};

const currencies = [...isoCurrencyCodes()];

// The options of a companies, deals, tasks or events file: how rows meet what is there, where
// deals without a pipeline go, the currency of values, and how values are written.
export function RecordImportOptionsForm({ values, onChange }: RecordImportOptionsFormProps) {
  const { type } = values.records;
  const pipelines = usePipelines();
  const [, plural] = recordNouns[type];
  const setRecords = (change: Partial<RecordImportSettings>) => onChange({ ...values, records: { ...values.records, ...change } });
  const modes = matchModeLabels(plural);
  return (
    <Stack gap="md">
      {(type === 'companies' || type === 'deals') && (
        <>
          <Radio.Group label={`Existing ${plural}`} value={values.mode} onChange={(mode) => onChange({ ...values, mode: mode as MatchMode })}>
            <Stack gap={6} mt={6}>
              {(Object.keys(modes) as MatchMode[]).map((mode) => (
                <Radio key={mode} value={mode} label={modes[mode]} />
              ))}
            </Stack>
          </Radio.Group>
          <Select label={`Match ${plural} on`} data={matchOnOptions[type]} value={values.records.matchOn} allowDeselect={false} onChange={(matchOn) => matchOn && setRecords({ matchOn: matchOn as RecordMatchField })} maw={320} />
        </>
      )}
      {type === 'deals' && pipelines?.length === 0 && (
        <Alert color="orange" title="No pipeline yet">
          Deals sit in a pipeline: add one in Settings &gt; Pipelines first.
        </Alert>
      )}
      {type === 'deals' && pipelines && pipelines.length > 0 && (
        <Select
          label="Pipeline of rows without one"
          data={pipelines.map((pipeline) => ({ value: pipeline.id, label: pipeline.name }))}
          value={values.records.pipelineId ?? pipelines[0]?.id ?? null}
          allowDeselect={false}
          onChange={(pipelineId) => setRecords({ pipelineId })}
          maw={320}
        />
      )}
      {(type === 'deals' || type === 'events') && (
        <Select label="Currency of values without one" data={currencies} value={values.records.currency} searchable allowDeselect={false} onChange={(currency) => currency && setRecords({ currency })} maw={320} />
      )}
      {type === 'tasks' && <Text size="sm">Every row becomes a new task. The assignee, contact, company and deal a row names must already exist; a row naming one that does not is refused with its reason.</Text>}
      {type === 'events' && (
        <Text size="sm">
          Every row is appended as an event of its contact, found by external id, email or visitor id. A contact not found is made, as the ingest API makes it (a visitor when the row gives only a visitor id). Events cannot be changed, so an events import
          cannot be reverted.
        </Text>
      )}
      <ValueFormatFields value={values.valueFormat} onChange={(valueFormat) => onChange({ ...values, valueFormat })} withPhoneCountry={false} />
    </Stack>
  );
}
