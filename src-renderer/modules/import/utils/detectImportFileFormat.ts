import Papa from 'papaparse';
import { importDelimiters, type ImportFileFormat, type ImportDelimiter } from './importFileFormat';
import { detectEncoding } from './detectEncoding';
import type { ImportSource } from './importSource';

const sampleBytes = 64 * 1024;

// Kind, encoding and delimiter from the start of the file; the wizard lets the user override
// the encoding and the delimiter.
export async function detectImportFileFormat(file: ImportSource): Promise<ImportFileFormat> {
  const head = new Uint8Array(await file.slice(0, sampleBytes).arrayBuffer());
  const encoding = detectEncoding(head);
  const sample = new TextDecoder(encoding).decode(head);
  if (/^\s*BEGIN:VCARD/i.test(sample)) return { kind: 'vcard', encoding, delimiter: ',' };
  // papaparse guesses from field counts; empty lines would spoil its count.
  const guessed = Papa.parse<string[]>(sample, { preview: 50, skipEmptyLines: true, delimitersToGuess: [...importDelimiters] }).meta.delimiter;
  const delimiter = (importDelimiters as readonly string[]).includes(guessed) ? (guessed as ImportDelimiter) : ',';
  return { kind: 'csv', encoding, delimiter };
}
