import Papa from 'papaparse';
import { importDelimiters, type CsvFormat, type ImportDelimiter } from './csvFormat';
import { detectEncoding } from './detectEncoding';

const sampleBytes = 64 * 1024;

// Encoding and delimiter from the start of the file; the wizard lets the user override both.
export async function detectCsvFormat(file: Blob): Promise<CsvFormat> {
  const head = new Uint8Array(await file.slice(0, sampleBytes).arrayBuffer());
  const encoding = detectEncoding(head);
  const sample = new TextDecoder(encoding).decode(head);
  // papaparse guesses from field counts; empty lines would spoil its count.
  const guessed = Papa.parse<string[]>(sample, { preview: 50, skipEmptyLines: true, delimitersToGuess: [...importDelimiters] }).meta.delimiter;
  const delimiter = (importDelimiters as readonly string[]).includes(guessed) ? (guessed as ImportDelimiter) : ',';
  return { encoding, delimiter };
}
