import { findHeaderRow } from '@shared/import/findHeaderRow';
import type { ImportFileFormat } from './importFileFormat';
import type { ImportSource } from './importSource';
import { readImportChunksOffThread } from './readImportChunksOffThread';

export const previewRowCount = 10;
// How far down the header is looked for.
const leadingRows = 10;

// `headerRowNumber` counts from 1, as the file's rows do.
export type ImportPreview = { headerRowNumber: number; headers: string[]; rows: string[][] };

// The header and the first rows after it exactly as the import will read them.
export async function readImportPreview(file: ImportSource, format: ImportFileFormat): Promise<ImportPreview> {
  for await (const chunk of readImportChunksOffThread(file, format, null, 1, leadingRows + previewRowCount)) {
    const headerIndex = findHeaderRow(chunk.rows.slice(0, leadingRows));
    const headers = (chunk.rows[headerIndex] ?? []).map((header, index) => header.trim() || `Column ${index + 1}`);
    return { headerRowNumber: headerIndex + 1, headers, rows: chunk.rows.slice(headerIndex + 1, headerIndex + 1 + previewRowCount) };
  }
  return { headerRowNumber: 1, headers: [], rows: [] };
}
