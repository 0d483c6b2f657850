import type { ImportFileFormat } from './importFileFormat';
import { readImportChunksOffThread } from './readImportChunksOffThread';

export const previewRowCount = 10;

export type ImportPreview = { headers: string[]; rows: string[][] };

// The header and the first rows exactly as the import will read them.
export async function readImportPreview(file: Blob, format: ImportFileFormat): Promise<ImportPreview> {
  for await (const chunk of readImportChunksOffThread(file, format, null, previewRowCount + 1)) {
    const [headers = [], ...rows] = chunk.rows;
    return { headers: headers.map((header, index) => header.trim() || `Column ${index + 1}`), rows };
  }
  return { headers: [], rows: [] };
}
