import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import type { ImportJob, ImportJobSummary } from './importJob';

type Contact = StoredRecord<'contacts'>;
export type RevertResult = NonNullable<ImportJobSummary['revert']>;

function currentValue(row: Contact, field: string): unknown {
  return field.startsWith('custom.') ? (row.custom[field.slice('custom.'.length)] ?? null) : row[field as keyof Contact];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

// Takes an import back as one undoable action: its contacts go to the trash, the links it added
// to other contacts are removed, and each field it changed gets its previous value back unless
// someone changed it since (kept, and counted in the result).
export async function revertImport(db: OutpostDb, mutations: MutationLayer, job: ImportJob): Promise<RevertResult> {
  const { summary } = job;
  const result: RevertResult = { at: new Date().toISOString(), restoredFields: 0, keptFields: 0, removedContacts: 0 };
  await mutations.undoable(`Revert of the import of ${job.fileName}`, async () => {
    const created = (await db.contacts.bulkGet(summary.createdIds)).filter((row): row is Contact => Boolean(row && !row.deleted));
    if (created.length > 0) await mutations.softDelete('contacts', created.map((row) => row.id), 'Revert import');
    result.removedContacts = created.length;
    for (const table of ['contactTags', 'contactLists', 'memberships'] as const) {
      const alive = (await db[table].bulkGet(summary.addedLinks[table])).filter((row) => row && !row.deleted).map((row) => row?.id as string);
      if (alive.length > 0) await mutations.softDelete(table, alive, 'Revert import');
    }
    const rows = await db.contacts.bulkGet(summary.updates.map((update) => update.id));
    const patches = summary.updates.flatMap((update, index) => {
      const row = rows[index];
      if (!row || row.deleted) return [];
      const fields: Record<string, unknown> = {};
      for (const [field, written] of Object.entries(update.after)) {
        if (!sameValue(currentValue(row, field), written)) {
          result.keptFields += 1;
          continue;
        }
        result.restoredFields += 1;
        if (field.startsWith('custom.')) fields.custom = { ...(fields.custom as object | undefined), [field.slice('custom.'.length)]: update.before[field] ?? null };
        else fields[field] = update.before[field];
      }
      return Object.keys(fields).length > 0 ? [{ id: update.id, fields }] : [];
    });
    if (patches.length > 0) await mutations.patchMany('contacts', patches, 'Revert import');
  });
  await db.importJobs.put({ ...job, updatedAt: result.at, summary: { ...summary, revert: result } });
  return result;
}
