import { Button, Checkbox, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ContactColumn } from '@shared/domain/contactColumns';
import { hasControlCharacter } from '@shared/security/hasControlCharacter';
import { bridge } from '../../../bridge/bridge';
import { useDatabase } from '../../../db/DatabaseProvider';
import { formatCount } from '../../../ui/utils/formatCount';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import type { ContactRow } from '../../contact-list/utils/contactSnapshot';
import { runWithProgressNotification } from '../../contact-list/utils/runWithProgressNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { buildContactsCsv } from '../utils/buildContactsCsv';
import { buildContactsVCards } from '../utils/buildContactsVCards';
import { contactExportColumns } from '../utils/contactExportColumns';

export type ExportContactsModalProps = {
  opened: boolean;
  onClose: () => void;
  ids: readonly string[];
  // "selected" or "in this view", for the title.
  scope: string;
  baseName: string;
  columns: readonly ContactColumn[];
  defaultColumnIds: readonly string[];
  names: ReferenceNames;
  contactOf: (id: string) => ContactRow | undefined;
};

type Format = 'csv' | 'vcf';

const today = () => new Date().toISOString().slice(0, 10);
// What no file system objects to: no path separators, reserved characters, control characters or leading dots.
const safeFileName = (name: string) =>
  [...name]
    .filter((char) => !hasControlCharacter(char))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/^\.+/, '')
    .trim() || 'contacts';

type ExportFormProps = Omit<ExportContactsModalProps, 'opened'>;

function ExportForm({ onClose, ids, baseName, columns, defaultColumnIds, names, contactOf }: ExportFormProps) {
  const { db } = useDatabase();
  const [format, setFormat] = useState<Format>('csv');
  const [chosen, setChosen] = useState<string[]>(() => columns.filter((column) => defaultColumnIds.includes(column.id)).map((column) => column.id));
  const [byteOrderMark, setByteOrderMark] = useState(true);
  const [neutralizeFormulas, setNeutralizeFormulas] = useState(true);
  const [fileName, setFileName] = useState(`${safeFileName(baseName)}-${today()}`);

  const run = async () => {
    const label = `Exporting ${formatCount(ids.length, 'contact')}`;
    const content = await runWithProgressNotification(label, (onProgress) =>
      format === 'csv'
        ? buildContactsCsv(ids, contactOf, contactExportColumns(columns.filter((column) => chosen.includes(column.id)), names), { byteOrderMark, neutralizeFormulas }, onProgress)
        : buildContactsVCards(db, ids, contactOf, onProgress),
    );
    const { saved } = await bridge.saveFile({ suggestedName: `${safeFileName(fileName)}.${format}`, format, content });
    if (saved) notifications.show({ message: `Exported ${formatCount(ids.length, 'contact')}`, autoClose: 4000 });
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
        <SegmentedControl
          aria-label="File format"
          value={format}
          onChange={(value) => setFormat(value as Format)}
          data={[
            { value: 'csv', label: 'CSV (spreadsheets)' },
            { value: 'vcf', label: 'vCard (address books)' },
          ]}
        />
        {format === 'csv' && (
          <>
            <Checkbox.Group label="Columns" description="Custom attributes included; names become first and last name." value={chosen} onChange={setChosen}>
              <SimpleGrid cols={2} spacing={6} mt="xs">
                {columns.map((column) => (
                  <Checkbox key={column.id} value={column.id} label={column.label} />
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
          <Button type="submit" disabled={ids.length === 0 || (format === 'csv' && chosen.length === 0)}>
            Export {formatCount(ids.length, 'contact')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ExportContactsModal({ opened, ...props }: ExportContactsModalProps) {
  return (
    <Modal opened={opened} onClose={props.onClose} title={`Export ${formatCount(props.ids.length, 'contact')} ${props.scope}`} size="lg">
      {opened && <ExportForm {...props} />}
    </Modal>
  );
}
