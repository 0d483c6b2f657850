import Papa from 'papaparse';
import { firstLineBreak, type LineBreak } from '@shared/import/firstLineBreak';
import type { ImportFileFormat } from './importFileFormat';
import { readImportRanges, type ImportSource } from './importSource';

export type CsvChunk = {
  rows: string[][];
  // Row number of rows[0] as a spreadsheet counts them (the header is row 1).
  firstRowNumber: number;
  bytesRead: number;
  totalBytes: number;
  // Quotes papaparse could not make sense of, by row number: reported, not fatal.
  problems: Array<{ rowNumber: number; message: string }>;
};

type Listener = (value?: unknown) => void;

// papaparse streams from anything shaped like a Node readable; this one is fed decoded text,
// so a character split between two reads is decoded whole (papaparse's own File reader
// decodes each slice on its own and breaks them).
function textSource() {
  const listeners = new Map<string, Listener>();
  return {
    readable: true as const,
    read() {},
    pause() {},
    resume() {},
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
    },
    removeListener(event: string) {
      listeners.delete(event);
    },
    push(text: string) {
      if (text) listeners.get('data')?.(text);
    },
    end() {
      listeners.get('end')?.();
    },
  };
}

// Reads a CSV file as rows of cells, a chunk at a time: bytes are read a range at a time as
// chunks are taken, so a 100 MB file never sits in memory whole. Empty lines come as rows of one
// empty cell, so row numbers stay those of the file (streamed, the final line break adds no row).
export async function* readCsvChunks(file: ImportSource, format: Pick<ImportFileFormat, 'encoding' | 'delimiter'>, rowsPerChunk: number): AsyncGenerator<CsvChunk> {
  const decoder = new TextDecoder(format.encoding);
  const source = textSource();
  let parsed: string[][] = [];
  let problems: CsvChunk['problems'] = [];
  let nextRowNumber = 1;
  let parsedRows = 0;
  const startParsing = (newline: LineBreak) =>
    Papa.parse<string[]>(source as unknown as File, {
      delimiter: format.delimiter,
      // Given, not guessed: papaparse would guess from its first piece of text alone.
      newline,
      chunk: (results) => {
        for (const error of results.errors) problems.push({ rowNumber: parsedRows + (error.row ?? 0) + 1, message: error.message });
        parsedRows += results.data.length;
        parsed.push(...results.data);
      },
      // Rows are taken from `chunk` as they come; the end is the byte stream's.
      complete: () => {},
    });
  // Text held back until it shows which line break the file uses.
  let head: string | null = '';
  const push = (text: string, complete: boolean) => {
    if (head === null) return source.push(text);
    head += text;
    const newline = firstLineBreak(head, complete);
    if (!newline) return;
    startParsing(newline);
    source.push(head);
    head = null;
  };
  let bytesRead = 0;
  const take = (count: number): CsvChunk => {
    const rows = parsed.slice(0, count);
    parsed = parsed.slice(count);
    const chunk = { rows, firstRowNumber: nextRowNumber, bytesRead, totalBytes: file.size, problems };
    nextRowNumber += rows.length;
    problems = [];
    return chunk;
  };
  for await (const bytes of readImportRanges(file)) {
    bytesRead += bytes.byteLength;
    push(decoder.decode(bytes, { stream: true }), false);
    while (parsed.length >= rowsPerChunk) yield take(rowsPerChunk);
  }
  push(decoder.decode(), true);
  source.end();
  while (parsed.length > 0) yield take(rowsPerChunk);
}
