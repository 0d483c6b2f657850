import type { RowContext } from '@shared/import/buildImportedContact';
import { buildImportedRow } from '@shared/import/buildImportedRow';
import type { RowResult } from '@shared/import/importTypes';
import type { ImportFileFormat } from './importFileFormat';
import type { ImportSource } from './importSource';
import { readCsvChunks, type CsvChunk } from './readCsvChunks';
import { readVCardChunks } from './readVCardChunks';

// Rows as read and, once columns are mapped, what each row becomes. The header row and any rows
// above it are part of `rows` only when reading without a mapping (the preview). With a mapping,
// only rows in error keep their cells (for the failed-rows download; the others are empty), so
// the worker sends each chunk's text once.
export type ImportChunk = Omit<CsvChunk, 'rows'> & { rows: string[][]; results: RowResult[] | null };

// Reads and interprets the file (CSV, or vCards as rows; contacts or other records) a chunk at a time; runs in the import worker (or inline in tests).
export async function* readImportChunks(file: ImportSource, format: ImportFileFormat, context: RowContext | null, headerRowNumber: number, rowsPerChunk: number): AsyncGenerator<ImportChunk> {
  const chunks = format.kind === 'vcard' ? readVCardChunks(file, format.encoding, rowsPerChunk) : readCsvChunks(file, format, rowsPerChunk);
  for await (const chunk of chunks) {
    if (!context) {
      yield { ...chunk, results: null };
      continue;
    }
    const skipped = Math.min(chunk.rows.length, Math.max(0, headerRowNumber - chunk.firstRowNumber + 1));
    const rows = chunk.rows.slice(skipped);
    const firstRowNumber = chunk.firstRowNumber + skipped;
    const problems = [...chunk.problems];
    const results = rows.map((cells, index) => {
      const rowNumber = firstRowNumber + index;
      const blankLine = cells.length === 1 && cells[0] === '';
      if (!blankLine && cells.length < context.headers.length) {
        problems.push({ rowNumber, message: `Has ${cells.length} of ${context.headers.length} cells; the missing ones are read as empty` });
      }
      return buildImportedRow(cells, rowNumber, context);
    });
    yield { ...chunk, rows: rows.map((cells, index) => (results[index]?.kind === 'error' ? cells : [])), firstRowNumber, problems, results };
  }
}
