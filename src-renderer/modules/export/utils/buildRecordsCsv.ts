import Papa from 'papaparse';
import { spreadsheetFormulaPattern } from '@shared/export/spreadsheetFormulaPattern';
import type { ExportColumn } from './columnExports';

export type CsvExportOptions = { byteOrderMark: boolean; neutralizeFormulas: boolean };
export type ExportProgress = (done: number, total: number) => void;

const chunkSize = 5000;
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

// The CSV text of the given records (contacts, companies, deals, tasks, tickets), built in
// chunks with a pause between them so exporting 100,000 rows keeps the window responsive.
// CRLF line ends, as Excel expects.
export async function buildRecordsCsv<Row>(
  ids: readonly string[],
  rowOf: (id: string) => Row | undefined,
  columns: ReadonlyArray<ExportColumn<Row>>,
  options: CsvExportOptions,
  onProgress?: ExportProgress,
): Promise<string> {
  const config = { newline: '\r\n', escapeFormulae: options.neutralizeFormulas ? spreadsheetFormulaPattern : false };
  const parts = [Papa.unparse([columns.map((column) => column.header)], config)];
  for (let start = 0; start < ids.length; start += chunkSize) {
    if (start > 0) await yieldToBrowser();
    const rows = ids.slice(start, start + chunkSize).flatMap((id) => {
      const row = rowOf(id);
      return row ? [columns.map((column) => column.cell(row))] : [];
    });
    if (rows.length > 0) parts.push(Papa.unparse(rows, config));
    onProgress?.(Math.min(start + chunkSize, ids.length), ids.length);
  }
  return `${options.byteOrderMark ? '\uFEFF' : ''}${parts.join('\r\n')}\r\n`;
}
