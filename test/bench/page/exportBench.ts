import Papa from 'papaparse';
import { standardContactColumns } from '@shared/domain/contactColumns';
import { spreadsheetFormulaPattern } from '@shared/export/spreadsheetFormulaPattern';
import type { ReferenceNames } from '@renderer/modules/contact-list/hooks/useReferenceNames';
import { buildRecordsCsv } from '@renderer/modules/export/utils/buildRecordsCsv';
import { contactExportColumns } from '@renderer/modules/export/utils/contactExportColumns';
import { openSnapshot } from './benchSnapshot';
import { withLongestTask } from './longTasks';

const typeOf = (field: string) => standardContactColumns.find((column) => column.id === field)?.type;
const byName = { column: 'sortName', descending: false };
const noNames: ReferenceNames = { owners: new Map(), companies: new Map(), tags: new Map(), lists: new Map() };

// CSV export of every stored contact with every standard column, through the code the Export
// dialog runs (modules/export: the column rules, then chunked papaparse with the formula guard
// and a byte-order mark), with the longest main-thread task meanwhile. Floor: one papaparse
// unparse of the same cells, already in memory, with the same settings.
export async function exportContactsCsv() {
  const { db, snapshot } = await openSnapshot();
  const ids = snapshot.query({ search: '', conditions: [], sort: byName }, typeOf);
  const columns = contactExportColumns(standardContactColumns, noNames);
  const { result: csv, ms, longestTaskMs } = await withLongestTask(() => buildRecordsCsv(ids, (id) => snapshot.get(id), columns, { byteOrderMark: true, neutralizeFormulas: true }));

  const cells = [columns.map((column) => column.header), ...ids.flatMap((id) => {
    const row = snapshot.get(id);
    return row ? [columns.map((column) => column.cell(row))] : [];
  })];
  const started = performance.now();
  const floorCsv = Papa.unparse(cells, { newline: '\r\n', escapeFormulae: spreadsheetFormulaPattern });
  const floorMs = performance.now() - started;
  db.close();
  return { rows: ids.length, columns: columns.length, bytes: csv.length, floorBytes: floorCsv.length, ms, floorMs, longestTaskMs };
}
