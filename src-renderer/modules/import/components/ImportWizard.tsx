import { Alert, Button, Group, Loader, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { autoMapColumns } from '@shared/import/autoMapColumns';
import { defaultValueFormat, type ColumnMapping } from '@shared/import/importTypes';
import { autoMapRecordColumns } from '@shared/import/records/autoMapRecordColumns';
import { recordAttributeEntity, type ImportRecordType } from '@shared/import/records/importRecordTypes';
import { SectionCard } from '../../../ui/SectionCard';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';
import { homeCountry } from '../../contacts/utils/homeCountry';
import { useImportPreview } from '../hooks/useImportPreview';
import { useImportRun } from '../hooks/useImportRun';
import type { ImportFileFormat } from '../utils/importFileFormat';
import type { ChosenImportFile } from '../utils/importSource';
import { detectImportFileFormat } from '../utils/detectImportFileFormat';
import type { ImportPreview } from '../utils/readImportPreview';
import { defaultRecordImportSettings, type RecordImportSettings } from '../utils/records/recordImportSettings';
import { ColumnMappingTable } from './ColumnMappingTable';
import { ImportFileDrop } from './ImportFileDrop';
import { ImportOptionsForm, type ImportOptionsValues } from './ImportOptionsForm';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportReport } from './ImportReport';
import { NewAttributeFromColumnModal } from './NewAttributeFromColumnModal';
import { ReadingOptions } from './ReadingOptions';
import { RecordImportOptionsForm } from './RecordImportOptionsForm';
import { RecordTypeChoice } from './RecordTypeChoice';

const initialOptions: ImportOptionsValues = {
  valueFormat: { ...defaultValueFormat, defaultCountry: homeCountry ?? '' },
  mode: 'upsert',
  matchOn: 'email',
  batch: { tagNames: [], listName: '', ownerId: null, source: '' },
};

// Choose a file, check how it reads, map its columns, set the options, dry run, import.
export function ImportWizard() {
  const [recordType, setRecordType] = useState<ImportRecordType>('contacts');
  const entity = recordAttributeEntity[recordType];
  // Tasks and events have no custom attributes: the hook still runs, its answer is not used.
  const definitions = useAttributeDefinitions(entity ?? 'contact');
  const attributes = entity ? (definitions ?? []) : [];
  const [file, setFile] = useState<ChosenImportFile | null>(null);
  const [format, setFormat] = useState<ImportFileFormat | null>(null);
  const { preview, error } = useImportPreview(file, format);
  // The user's mapping for the preview and type it was made for; a new preview or type starts from the automatic one.
  const [edited, setEdited] = useState<{ preview: ImportPreview; recordType: ImportRecordType; mapping: ColumnMapping } | null>(null);
  const [options, setOptions] = useState(initialOptions);
  const [records, setRecords] = useState<RecordImportSettings | null>(null);
  const [newAttributeColumn, setNewAttributeColumn] = useState<number | null>(null);
  const run = useImportRun();
  const autoMapping = (headers: string[]) => (recordType === 'contacts' ? autoMapColumns(headers, attributes) : autoMapRecordColumns(recordType, headers, attributes));
  const mapping = preview ? (edited?.preview === preview && edited.recordType === recordType ? edited.mapping : autoMapping(preview.headers)) : null;
  const running = run.state.kind === 'running';
  // The last run started; an import goes on after the wizard is left, reading its file to the end.
  const lastRun = useRef<Promise<void>>(Promise.resolve());
  // A file main holds open is let go when another is chosen or the wizard is left, once the run
  // reading it ends (main closes any left over with the window).
  useEffect(() => () => void lastRun.current.then(() => file?.close?.()).catch(() => undefined), [file]);

  async function choose(chosen: ChosenImportFile) {
    run.reset();
    // No preview of the new file with the old file's format.
    setFormat(null);
    setFile(chosen);
    setFormat(await detectImportFileFormat(chosen));
  }

  // A report of earlier settings would say what these ones no longer do.
  const changeFormat = (next: ImportFileFormat) => {
    setFormat(next);
    run.reset();
  };
  const changeOptions = (next: ImportOptionsValues) => {
    setOptions(next);
    run.reset();
  };
  const changeType = (next: ImportRecordType) => {
    setRecordType(next);
    setRecords(next === 'contacts' ? null : defaultRecordImportSettings(next));
    run.reset();
  };
  const setMapping = (next: ColumnMapping) => {
    if (preview) setEdited({ preview, recordType, mapping: next });
    run.reset();
  };
  const start = (dryRun: boolean) => {
    if (!file || !format || !preview || !mapping) return;
    lastRun.current = run.start(file, { format, headerRowNumber: preview.headerRowNumber, headers: preview.headers, mapping, attributes, ...options, ...(records ? { records } : {}) }, dryRun);
  };

  return (
    <SectionCard title="New import" description="Contacts, companies, deals, tasks or events from a CSV file. Nothing is written until you start the import; a dry run shows what it would do.">
      <RecordTypeChoice value={recordType} onChange={changeType} />
      <ImportFileDrop fileName={file?.name ?? null} onFile={(chosen) => void choose(chosen)} />
      {file && !preview && !error && <Loader size="sm" aria-label="Reading the file" />}
      {error && (
        <Alert color="red" title="The file could not be read">
          {error.message}
        </Alert>
      )}
      {format && preview && mapping && (
        <Stack gap="lg">
          <ReadingOptions format={format} onChange={changeFormat} />
          <ImportPreviewTable preview={preview} />
          <ColumnMappingTable recordType={recordType} preview={preview} mapping={mapping} attributes={attributes} onChange={setMapping} onCreateAttribute={entity ? setNewAttributeColumn : undefined} />
          {records ? (
            <RecordImportOptionsForm
              values={{ valueFormat: options.valueFormat, mode: options.mode, records }}
              onChange={(next) => {
                changeOptions({ ...options, valueFormat: next.valueFormat, mode: next.mode });
                setRecords(next.records);
              }}
            />
          ) : (
            <ImportOptionsForm values={options} onChange={changeOptions} />
          )}
          <Group>
            <Button variant="default" onClick={() => start(true)} disabled={running}>
              Dry run
            </Button>
            <Button onClick={() => start(false)} disabled={running}>
              Import
            </Button>
          </Group>
          {run.state.kind === 'running' && <ImportProgressBar dryRun={run.state.dryRun} progress={run.state.progress} elapsedSeconds={run.state.elapsedSeconds} onCancel={run.cancel} />}
          {run.state.kind === 'finished' && <ImportReport job={run.state.job} dryRun={run.state.dryRun} />}
          <NewAttributeFromColumnModal
            entity={entity ?? 'contact'}
            column={newAttributeColumn === null ? null : { header: preview.headers[newAttributeColumn] ?? '', values: preview.rows.map((row) => row[newAttributeColumn] ?? '') }}
            valueFormat={options.valueFormat}
            onClose={() => setNewAttributeColumn(null)}
            onCreated={(key) => {
              if (newAttributeColumn !== null) setMapping(mapping.map((target, column) => (column === newAttributeColumn ? (`custom.${key}` as const) : target)));
              setNewAttributeColumn(null);
            }}
          />
        </Stack>
      )}
    </SectionCard>
  );
}
