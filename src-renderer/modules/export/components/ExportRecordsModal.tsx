import { Button, Checkbox, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { bridge } from '../../../bridge/bridge';
import { formatCount } from '../../../ui/utils/formatCount';
import { runWithProgressNotification } from '../../contact-list/utils/runWithProgressNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import type { CsvExportOptions, ExportProgress } from '../utils/buildRecordsCsv';
import { safeFileName } from '../utils/safeFileName';

// "contact"/"contacts": how the dialog counts what it exports.
export type ExportNoun = { one: string; many: string };

export type ExportRecordsModalProps = {
  opened: boolean;
  onClose: () => void;
  count: number;
  noun: ExportNoun;
  // "selected" or "in this view", for the title.
  scope: string;
  baseName: string;
  // The fields to choose from (custom attributes included) and those ticked at first.
  fields: ReadonlyArray<{ id: string; label: string }>;
  defaultFieldIds: readonly string[];
  fieldsDescription: string;
  buildCsv: (fieldIds: string[], options: CsvExportOptions, onProgress: ExportProgress) => Promise<string>;
  // Contacts also export as vCards.
  buildVCards?: (onProgress: ExportProgress) => Promise<string>;
};

type Format = 'csv' | 'vcf';

const today = () => new Date().toISOString().slice(0, 10);

type ExportFormProps = Omit<ExportRecordsModalProps, 'opened' | 'scope'>;

function ExportForm({ onClose, count, noun, baseName, fields, defaultFieldIds, fieldsDescription, buildCsv, buildVCards }: ExportFormProps) {
  const [format, setFormat] = useState<Format>('csv');
  const [chosen, setChosen] = useState<string[]>(() => fields.filter((field) => defaultFieldIds.includes(field.id)).map((field) => field.id));
  const [byteOrderMark, setByteOrderMark] = useState(true);
  const [neutralizeFormulas, setNeutralizeFormulas] = useState(true);
  const [fileName, setFileName] = useState(`${safeFileName(baseName, noun.many)}-${today()}`);
  const counted = formatCount(count, noun.one, noun.many);

  const run = async () => {
    // In the dialog's order, whatever order they were ticked in.
    const fieldIds = fields.filter((field) => chosen.includes(field.id)).map((field) => field.id);
    const content = await runWithProgressNotification(`Exporting ${counted}`, (onProgress) =>
      format === 'vcf' && buildVCards ? buildVCards(onProgress) : buildCsv(fieldIds, { byteOrderMark, neutralizeFormulas }, onProgress),
    );
    const { saved } = await bridge.saveFile({ suggestedName: `${safeFileName(fileName, noun.many)}.${format}`, format, content });
    if (saved) notifications.show({ message: `Exported ${counted}`, autoClose: 4000 });
    onClose();
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        run().catch(showWriteError);
      }}
    >
      <Stack gap="md">
        {buildVCards && (
          <SegmentedControl
            aria-label="File format"
            value={format}
            onChange={(value) => setFormat(value as Format)}
            data={[
              { value: 'csv', label: 'CSV (spreadsheets)' },
              { value: 'vcf', label: 'vCard (address books)' },
            ]}
          />
        )}
        {format === 'csv' && (
          <>
            <Checkbox.Group label="Columns" description={fieldsDescription} value={chosen} onChange={setChosen}>
              <SimpleGrid cols={2} spacing={6} mt="xs">
                {fields.map((field) => (
                  <Checkbox key={field.id} value={field.id} label={field.label} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Checkbox label="Add a byte-order mark, so Excel reads accents correctly" checked={byteOrderMark} onChange={(event) => setByteOrderMark(event.currentTarget.checked)} />
            <Checkbox
              label="Protect against spreadsheet formulas"
              description="Cells starting with =, +, -, @, tab or a line break get a leading apostrophe, so a spreadsheet shows them as text instead of running them. Turn off for a plain data export."
              checked={neutralizeFormulas}
              onChange={(event) => setNeutralizeFormulas(event.currentTarget.checked)}
            />
          </>
        )}
        <TextInput label="File name" value={fileName} onChange={(event) => setFileName(event.currentTarget.value)} rightSection={<Text size="sm" c="dimmed">.{format}</Text>} rightSectionWidth={48} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={count === 0 || (format === 'csv' && chosen.length === 0)}>
            Export {counted}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// The export dialog of every record table: CSV with chosen columns, a byte-order mark and the
// formula guard, saved through the bridge (a native dialog in Electron, a download in the browser).
export function ExportRecordsModal({ opened, scope, ...props }: ExportRecordsModalProps) {
  return (
    <Modal opened={opened} onClose={props.onClose} title={`Export ${formatCount(props.count, props.noun.one, props.noun.many)} ${scope}`} size="lg">
      {opened && <ExportForm {...props} />}
    </Modal>
  );
}
