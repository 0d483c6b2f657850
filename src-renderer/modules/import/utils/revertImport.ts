import { contactDisplayName, type ContactFields } from '@shared/domain/contact';
import { recordAttributeEntity } from '@shared/import/records/importRecordTypes';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import { importedFieldLabel } from './importedFieldLabel';
import type { ImportJob, ImportJobSummary } from './importJob';

type Row = Record<string, unknown> & { id: string; deleted: 0 | 1; custom?: Record<string, unknown> };
// The tables whose records an import creates and updates (events are append-only: an events import is not reverted).
type RevertibleTable = 'contacts' | 'companies' | 'deals' | 'tasks';
export type RevertResult = NonNullable<ImportJobSummary['revert']>;

function currentValue(row: Row, field: string): unknown {
  return field.startsWith('custom.') ? (row.custom?.[field.slice('custom.'.length)] ?? null) : row[field];
}

// What the user calls the record: a contact's name, a company's name, a deal's or task's title.
function recordName(table: RevertibleTable, row: Row): string {
  if (table === 'contacts') return contactDisplayName(row as unknown as ContactFields);
  return String((table === 'companies' ? row.name : row.title) ?? '');
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

// Takes an import back as one undoable action: the records it created go to the trash, the links
// it added to records that were there before are removed, and each field it changed gets its
// previous value back unless someone changed it since (kept, and named in the result by its
// label and the record's name once reverted).
export async function revertImport(db: OutpostDb, mutations: MutationLayer, job: ImportJob): Promise<RevertResult> {
  const { summary } = job;
  if (summary.recordType === 'events') throw new Error('Events are append-only: an events import cannot be reverted');
  const table: RevertibleTable = summary.recordType ?? 'contacts';
  const records = db.table<Row, string>(table);
  const kept: NonNullable<RevertResult['kept']> = [];
  const result: RevertResult = { at: new Date().toISOString(), restoredFields: 0, keptFields: 0, removedRecords: 0, kept };
  const entity = recordAttributeEntity[table];
  const customLabels = new Map((await db.attributeDefinitions.toArray()).filter((definition) => definition.entity === entity).map((definition) => [definition.key, definition.label]));
  await mutations.undoable(`Revert of the import of ${job.fileName}`, async () => {
    const created = (await records.bulkGet(summary.createdIds)).filter((row): row is Row => Boolean(row && !row.deleted));
    if (created.length > 0) await mutations.softDelete(table, created.map((row) => row.id), 'Revert import');
    result.removedRecords = created.length;
    for (const [linkTable, ids] of Object.entries(summary.addedLinks) as Array<[keyof ImportJobSummary['addedLinks'], string[]]>) {
      const alive = (await db[linkTable].bulkGet(ids)).filter((row) => row && !row.deleted).map((row) => row?.id as string);
      if (alive.length > 0) await mutations.softDelete(linkTable, alive, 'Revert import');
    }
    const rows = await records.bulkGet(summary.updates.map((update) => update.id));
    const patches = summary.updates.flatMap((update, index) => {
      const row = rows[index];
      if (!row || row.deleted) return [];
      const fields: Record<string, unknown> = {};
      const keptHere: string[] = [];
      for (const [field, written] of Object.entries(update.after)) {
        if (!sameValue(currentValue(row, field), written)) {
          keptHere.push(field);
          continue;
        }
        result.restoredFields += 1;
        if (field.startsWith('custom.')) fields.custom = { ...(fields.custom as object | undefined), [field.slice('custom.'.length)]: update.before[field] ?? null };
        else fields[field] = update.before[field];
      }
      result.keptFields += keptHere.length;
      const name = recordName(table, { ...row, ...fields });
      kept.push(...keptHere.map((field) => ({ record: name, field: importedFieldLabel(table, field, customLabels) })));
      return Object.keys(fields).length > 0 ? [{ id: update.id, fields }] : [];
    });
    if (patches.length > 0) await mutations.patchMany(table, patches, 'Revert import');
  });
  await db.importJobs.put({ ...job, updatedAt: result.at, summary: { ...summary, revert: result } });
  return result;
}
