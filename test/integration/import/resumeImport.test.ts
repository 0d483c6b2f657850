import { afterEach, describe, expect, it, vi } from 'vitest';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import type { ImportJob } from '@renderer/modules/import/utils/importJob';
import { revertImport } from '@renderer/modules/import/utils/revertImport';
import { runImport } from '@renderer/modules/import/utils/runImport';
import { openTestDatabase } from '../../helpers/testDatabase';
import { wizardDefaults } from './importHelpers';

afterEach(() => {
  takeUndo();
});

const rowCount = 5000;
// Row 4,002 of the file (after the header) repeats the person of row 11 with a first name.
const lines = Array.from({ length: rowCount }, (_, index) => `person${index}@example.com,,vip`);
lines.splice(4000, 0, 'person9@example.com,Nina,vip');
const csv = `Email,First Name,Tags\n${lines.join('\n')}\n`;

// The file as the app saw it when it was closed: its bytes stop arriving part way, and the import waits for the rest forever.
class CutOffFile extends Blob {
  constructor(private readonly delivered: number) {
    super([csv]);
  }

  override slice(start = 0, end = this.size): Blob {
    if (start < this.delivered) return super.slice(start, Math.min(end, Math.floor(this.delivered)));
    return { arrayBuffer: () => new Promise<ArrayBuffer>(() => undefined) } as Blob;
  }
}

async function interruptedImport() {
  const { db, mutations } = await openTestDatabase();
  const file = new Blob([csv]);
  const settings = await wizardDefaults(db, file, { mode: 'create' });
  void runImport(db, mutations, new CutOffFile(Math.floor(csv.length * 0.3)), 'people.csv', settings, { dryRun: false });
  // The first chunk commits; the second waits for bytes that never come, as when the app closed.
  await vi.waitFor(async () => expect((await db.importJobs.toArray())[0]?.summary).toMatchObject({ resume: { committedThroughRow: 1000 } }), { timeout: 30_000, interval: 50 });
  // The app starts again: a new connection and mutation layer on the same database.
  const reopened = openOutpostDb(db.name);
  await reopened.open();
  const [job] = (await reopened.importJobs.toArray()) as ImportJob[];
  return { db: reopened, mutations: createMutationLayer(reopened, new HybridLogicalClock('testnode')), job: job as ImportJob, file };
}

// Generous timeouts: the first chunk takes seconds on a busy machine.
describe('resuming an interrupted import', { timeout: 60_000 }, () => {
  it('goes on from the row after the last committed chunk, creating every contact once', async () => {
    const { db, mutations, job, file } = await interruptedImport();
    expect(job).toMatchObject({ status: 'running', summary: { counts: { created: 999 } } });
    expect(await db.contacts.count()).toBe(999);

    const settings = job.summary.resume?.settings;
    if (!settings) throw new Error('the job has no settings to resume with');
    const resumed = await runImport(db, mutations, file, job.fileName, settings, { dryRun: false, resume: job });

    expect(resumed).toMatchObject({ id: job.id, status: 'done', totalRows: rowCount + 1, summary: { counts: { created: rowCount, merged: 1, failed: 0, skipped: 0 } } });
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(rowCount);
    expect(new Set(contacts.map((contact) => contact.email)).size).toBe(rowCount);
    // The repeated row, read after the resume, joined the contact its first row created before it.
    expect(contacts.find((contact) => contact.email === 'person9@example.com')).toMatchObject({ firstName: 'Nina' });
    expect(await db.contactTags.count()).toBe(rowCount);
    expect(new Set(resumed.summary.createdIds).size).toBe(rowCount);
    expect(await db.importJobs.get(job.id)).toMatchObject({ status: 'done', summary: { resume: { committedThroughRow: rowCount + 2 } } });
  });

  it('or is rolled back from the history: the contacts it created go, and nothing of the rows read after its last chunk was written', async () => {
    const { db, mutations, job } = await interruptedImport();
    // What the crash left: the first chunk whole (999 contacts, each with its tag), none of the
    // rows read after it (the file was cut off part way into the second chunk).
    const contacts = await db.contacts.toArray();
    expect(contacts.map((contact) => contact.email).sort()).toEqual(Array.from({ length: 999 }, (_, index) => `person${index}@example.com`).sort());
    expect(await db.contactTags.count()).toBe(999);
    expect(new Set(job.summary.createdIds)).toEqual(new Set(contacts.map((contact) => contact.id)));
    const outboxBefore = await db.outbox.count();

    const result = await revertImport(db, mutations, job);
    expect(result).toMatchObject({ removedRecords: 999, restoredFields: 0, keptFields: 0 });
    expect(await db.contacts.filter((contact) => !contact.deleted).count()).toBe(0);
    // The history shows it reverted, so it is no longer offered to resume.
    expect(await db.importJobs.get(job.id)).toMatchObject({ summary: { revert: { removedRecords: 999 } } });
    // The removal syncs like any delete.
    const deletes = (await db.outbox.toArray()).slice(outboxBefore).flatMap((row) => row.writes).filter((write) => write.table === 'contacts' && write.fields.deleted === 1);
    expect(new Set(deletes.map((write) => write.rowId))).toEqual(new Set(job.summary.createdIds));
  });

  it('refuses a different file and writes nothing', async () => {
    const { db, mutations, job } = await interruptedImport();
    const other = new Blob(['Email\nsomeone@example.com\n']);
    await expect(runImport(db, mutations, other, job.fileName, job.summary.resume?.settings as never, { dryRun: false, resume: job })).rejects.toThrow(/not the file people\.csv was imported from/);
    expect(await db.contacts.count()).toBe(999);
    expect(await db.importJobs.get(job.id)).toMatchObject({ status: 'running' });
  });
});
