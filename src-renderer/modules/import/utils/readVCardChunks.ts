import { createVCardReader } from '@shared/import/createVCardReader';
import { vCardColumns } from '@shared/import/vCardColumns';
import type { ImportEncoding } from './importFileFormat';
import { readImportRanges, type ImportSource } from './importSource';
import type { CsvChunk } from './readCsvChunks';

// A .vcf file as rows, one card each, under a header row of vCardColumns (row 1), streamed like
// a CSV file: the next range of bytes is read only when the next chunk is taken.
export async function* readVCardChunks(file: ImportSource, encoding: ImportEncoding, rowsPerChunk: number): AsyncGenerator<CsvChunk> {
  const decoder = new TextDecoder(encoding);
  const cards = createVCardReader();
  let rows: string[][] = [[...vCardColumns]];
  let nextRowNumber = 1;
  let bytesRead = 0;
  const take = (): CsvChunk => {
    const chunk = { rows: rows.slice(0, rowsPerChunk), firstRowNumber: nextRowNumber, bytesRead, totalBytes: file.size, problems: [] };
    rows = rows.slice(rowsPerChunk);
    nextRowNumber += chunk.rows.length;
    return chunk;
  };
  for await (const bytes of readImportRanges(file)) {
    bytesRead += bytes.byteLength;
    rows.push(...cards.push(decoder.decode(bytes, { stream: true })));
    while (rows.length >= rowsPerChunk) yield take();
  }
  rows.push(...cards.push(decoder.decode()), ...cards.end());
  while (rows.length > 0) yield take();
}
