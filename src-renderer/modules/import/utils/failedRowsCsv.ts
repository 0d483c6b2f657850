import Papa from 'papaparse';
import type { RowError } from '@shared/import/importTypes';

// The rows an import rejected, as the file had them, with their row number and the reason, so
// they can be fixed in a spreadsheet and imported again.
export function failedRowsCsv(headers: readonly string[], failedRows: readonly RowError[]): string {
  const width = Math.max(headers.length, ...failedRows.map((row) => row.cells.length));
  const pad = (cells: readonly string[]) => Array.from({ length: width }, (_, index) => cells[index] ?? '');
  return Papa.unparse([[...pad(headers), 'Row', 'Reason'], ...failedRows.map((row) => [...pad(row.cells), String(row.rowNumber), row.reason])]);
}

export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function failedRowsFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]+$/, '')} - failed rows.csv`;
}
