import Papa from 'papaparse';
import { spreadsheetFormulaPattern } from '@shared/export/spreadsheetFormulaPattern';
import { mainThreadSlices } from '../../../ui/utils/mainThreadSlices';
import type { ExportColumn } from './columnExports';

export type CsvExportOptions = { byteOrderMark: boolean; neutralizeFormulas: boolean };
export type ExportProgress = (done: number, total: number) => void;

// Rows written between two looks at the clock (a few milliseconds' work).
const rowsPerStep = 250;

// The CSV text of the given records (contacts, companies, deals, tasks, tickets), written a few
// hundred rows at a time with a turn for the browser every few milliseconds, so exporting
// 100,000 rows keeps the window responsive. CRLF line ends, as Excel expects.
export async function buildRecordsCsv<Row>(
  ids: readonly string[],
  rowOf: (id: string) => Row | undefined,
  columns: ReadonlyArray<ExportColumn<Row>>,
  options: CsvExportOptions,
  onProgress?: ExportProgress,
): Promise<string> {
  const config = { newline: '\r\n', escapeFormulae: options.neutralizeFormulas ? spreadsheetFormulaPattern : false };
  const written = [`${Papa.unparse([columns.map((column) => column.header)], config)}\r\n`];
  // Papa builds its text piece by piece (a rope of every cell). Each slice's texts are joined,
  // with the line end after the last, as the slice ends: a join of two or more strings copies them
  // into one flat string there, so the last join copies text instead of walking every cell of
  // 100,000 rows in one long task.
  let slice: string[] = [];
  const endSlice = () => {
    if (slice.length > 0) written.push([...slice, ''].join('\r\n'));
    slice = [];
  };
  const slices = mainThreadSlices();
  for (let start = 0; start < ids.length; start += rowsPerStep) {
    if (slices.spent()) {
      endSlice();
      onProgress?.(start, ids.length);
      await slices.pause();
    }
    const rows: string[][] = [];
    for (let index = start; index < Math.min(ids.length, start + rowsPerStep); index += 1) {
      const row = rowOf(ids[index] as string);
      if (row) rows.push(columns.map((column) => column.cell(row)));
    }
    if (rows.length > 0) slice.push(Papa.unparse(rows, config));
  }
  endSlice();
  onProgress?.(ids.length, ids.length);
  return `${options.byteOrderMark ? '\uFEFF' : ''}${written.join('')}`;
}
