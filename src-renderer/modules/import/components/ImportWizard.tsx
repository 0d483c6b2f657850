import { Alert, Button, Group, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { autoMapColumns } from '@shared/import/autoMapColumns';
import { defaultValueFormat, type ColumnMapping } from '@shared/import/importTypes';
import { SectionCard } from '../../../ui/SectionCard';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';
import { homeCountry } from '../../contacts/utils/homeCountry';
import { useImportPreview } from '../hooks/useImportPreview';
import { useImportRun } from '../hooks/useImportRun';
import type { ImportFileFormat } from '../utils/importFileFormat';
import { detectImportFileFormat } from '../utils/detectImportFileFormat';
import type { ImportPreview } from '../utils/readImportPreview';
import { ColumnMappingTable } from './ColumnMappingTable';
import { ImportFileDrop } from './ImportFileDrop';
import { ImportOptionsForm, type ImportOptionsValues } from './ImportOptionsForm';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportReport } from './ImportReport';
import { NewAttributeFromColumnModal } from './NewAttributeFromColumnModal';
import { ReadingOptions } from './ReadingOptions';

const initialOptions: ImportOptionsValues = {
  valueFormat: { ...defaultValueFormat, defaultCountry: homeCountry ?? '' },
  mode: 'upsert',
  matchOn: 'email',
  batch: { tagNames: [], listName: '', ownerId: null, source: '' },
};

// Choose a file, check how it reads, map its columns, set the options, dry run, import.
export function ImportWizard() {
  const definitions = useAttributeDefinitions('contact');
  const attributes = definitions ?? [];
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFileFormat | null>(null);
  const { preview, error } = useImportPreview(file, format);
  // The user's mapping for the preview it was made for; a new preview starts from the automatic one.
  const [edited, setEdited] = useState<{ preview: ImportPreview; mapping: ColumnMapping } | null>(null);
  const [options, setOptions] = useState(initialOptions);
  const [newAttributeColumn, setNewAttributeColumn] = useState<number | null>(null);
  const run = useImportRun();
  const mapping = preview ? (edited?.preview === preview ? edited.mapping : autoMapColumns(preview.headers, attributes)) : null;
  const running = run.state.kind === 'running';

  async function choose(chosen: File) {
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
  const setMapping = (next: ColumnMapping) => {
    if (preview) setEdited({ preview, mapping: next });
    run.reset();
  };
  const start = (dryRun: boolean) => {
    if (!file || !format || !preview || !mapping) return;
    void run.start(file, { format, headerRowNumber: preview.headerRowNumber, headers: preview.headers, mapping, attributes, ...options }, dryRun);
  };

  return (
    <SectionCard title="New import" description="Contacts from a CSV file. Nothing is written until you start the import; a dry run shows what it would do.">
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
          <ColumnMappingTable preview={preview} mapping={mapping} attributes={attributes} onChange={setMapping} onCreateAttribute={setNewAttributeColumn} />
          <ImportOptionsForm values={options} onChange={changeOptions} />
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
