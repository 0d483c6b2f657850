import { Group, Select } from '@mantine/core';
import type { ImportFileFormat, ImportDelimiter, ImportEncoding } from '../utils/importFileFormat';

export type ReadingOptionsProps = { format: ImportFileFormat; onChange: (format: ImportFileFormat) => void };

const encodingOptions: Array<{ value: ImportEncoding; label: string }> = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16le', label: 'UTF-16 little endian' },
  { value: 'utf-16be', label: 'UTF-16 big endian' },
  { value: 'windows-1252', label: 'Windows-1252 / ISO-8859-1 (Western)' },
];

const delimiterOptions: Array<{ value: ImportDelimiter; label: string }> = [
  { value: ',', label: 'Comma ,' },
  { value: ';', label: 'Semicolon ;' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe |' },
];

// Detected from the file; changed here when the preview shows garbled text or one wide column.
export function ReadingOptions({ format, onChange }: ReadingOptionsProps) {
  return (
    <Group grow align="flex-start">
      <Select label="Encoding" data={encodingOptions} value={format.encoding} allowDeselect={false} onChange={(value) => value && onChange({ ...format, encoding: value as ImportEncoding })} />
      {format.kind === 'csv' && (
        <Select label="Delimiter" data={delimiterOptions} value={format.delimiter} allowDeselect={false} onChange={(value) => value && onChange({ ...format, delimiter: value as ImportDelimiter })} />
      )}
    </Group>
  );
}
