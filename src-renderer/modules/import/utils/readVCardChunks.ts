import { createVCardReader } from '@shared/import/createVCardReader';
import { vCardColumns } from '@shared/import/vCardColumns';
import type { ImportEncoding } from './importFileFormat';
import type { CsvChunk } from './readCsvChunks';

// A .vcf file as rows, one card each, under a header row of vCardColumns (row 1), streamed like
// a CSV file: the next bytes are read only when the next chunk is taken.
export async function* readVCardChunks(file: Blob, encoding: ImportEncoding, rowsPerChunk: number): AsyncGenerator<CsvChunk> {
  const decoder = new TextDecoder(encoding);
  const reader = file.stream().getReader();
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
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        rows.push(...cards.push(decoder.decode()), ...cards.end());
        while (rows.length > 0) yield take();
        return;
      }
      bytesRead += value.byteLength;
      rows.push(...cards.push(decoder.decode(value, { stream: true })));
      while (rows.length >= rowsPerChunk) yield take();
    }
  } finally {
    await reader.cancel();
  }
}
