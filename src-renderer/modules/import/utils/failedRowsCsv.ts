import Papa from 'papaparse';
import type { RowError } from '@shared/import/importTypes';
import { bridge } from '../../../bridge/bridge';

// The rows an import rejected, as the file had them, with their row number and the reason, so
// they can be fixed in a spreadsheet and imported again.
export function failedRowsCsv(headers: readonly string[], failedRows: readonly RowError[]): string {
  const width = failedRows.reduce((widest, row) => Math.max(widest, row.cells.length), headers.length);
  const pad = (cells: readonly string[]) => Array.from({ length: width }, (_, index) => cells[index] ?? '');
  return Papa.unparse([[...pad(headers), 'Row', 'Reason'], ...failedRows.map((row) => [...pad(row.cells), String(row.rowNumber), row.reason])]);
}

// Electron asks where to save it; the browser downloads it.
export async function saveFailedRows(fileName: string, headers: readonly string[], failedRows: readonly RowError[]): Promise<void> {
  await bridge.saveFile({ suggestedName: `${fileName.replace(/\.[^.]+$/, '')} - failed rows.csv`, format: 'csv', content: failedRowsCsv(headers, failedRows) });
}
