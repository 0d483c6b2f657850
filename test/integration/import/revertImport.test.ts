import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeUndo, undoStore } from '@renderer/db/mutations/undoStore';
import { revertImport } from '@renderer/modules/import/utils/revertImport';
import { runImport } from '@renderer/modules/import/utils/runImport';
import type { ImportJob } from '@renderer/modules/import/utils/importJob';
import { openTestDatabase } from '../../helpers/testDatabase';
import { fixtureFile } from './importFixtures';
import { wizardDefaults } from './importHelpers';

afterEach(() => {
  takeUndo();
  vi.restoreAllMocks();
});

async function importDuplicatesOverEve() {
  const database = await openTestDatabase();
  const { db, mutations } = database;
  const eve = await mutations.create('contacts', { firstName: 'Eve', lastName: 'Old', email: 'existing@example.com', city: 'Berlin' });
  const file = fixtureFile('duplicates.csv');
  const job = await runImport(db, mutations, file, 'duplicates.csv', await wizardDefaults(db, file), { dryRun: false });
  return { ...database, eve, job };
}

describe('reverting an import', () => {
  it('removes the contacts it created, restores the fields it changed and removes the tags it added', async () => {
    const { db, mutations, eve, job } = await importDuplicatesOverEve();
    // Ctrl+Z does not take back one chunk of it: the history's Revert takes back all of it.
    expect(undoStore.getState().last).toBeNull();
    const result = await revertImport(db, mutations, job);
    expect(result).toMatchObject({ removedRecords: 2, restoredFields: 2, keptFields: 0 });
    expect((await db.contacts.toArray()).filter((contact) => !contact.deleted).map((contact) => contact.id)).toEqual([eve.id]);
    expect(await db.contacts.get(eve.id)).toMatchObject({ lastName: 'Old', city: 'Berlin', tagIds: [] });
    expect((await db.importJobs.get(job.id))?.summary).toMatchObject({ revert: result });
    // The revert is one undoable action.
    expect(undoStore.getState().last?.label).toBe('Revert of the import of duplicates.csv');
  });

  it('keeps a field someone changed since the import, and says so', async () => {
    const { db, mutations, eve, job } = await importDuplicatesOverEve();
    await mutations.update('contacts', eve.id, { city: 'Hamburg' });
    const result = await revertImport(db, mutations, job);
    expect(result).toMatchObject({ restoredFields: 1, keptFields: 1, kept: [{ record: 'Eve Old', field: 'City' }] });
    expect(await db.contacts.get(eve.id)).toMatchObject({ lastName: 'Old', city: 'Hamburg' });
  });

  it('restores custom attributes one by one', async () => {
    const { db, mutations } = await openTestDatabase();
    await mutations.create('attributeDefinitions', { entity: 'contact', key: 'score', label: 'Score', type: 'integer' });
    const ann = await mutations.create('contacts', { email: 'ann@example.com', custom: { score: 1, other: 'kept' } });
    const file = new Blob(['Email,Score\nann@example.com,5\n']);
    const job = await runImport(db, mutations, file, 'scores.csv', await wizardDefaults(db, file), { dryRun: false });
    expect(await db.contacts.get(ann.id)).toMatchObject({ custom: { score: 5, other: 'kept' } });
    await revertImport(db, mutations, job);
    expect(await db.contacts.get(ann.id)).toMatchObject({ custom: { score: 1, other: 'kept' } });
  });
});

describe('an import that fails part way', () => {
  it('keeps the chunks that committed and their record, and nothing of the chunk that failed', async () => {
    const { db, mutations } = await openTestDatabase();
    const rows = Array.from({ length: 2500 }, (_, index) => `person${index}@example.com,vip`).join('\n');
    const file = new Blob([`Email,Tags\n${rows}\n`]);
    const createWithLinks = mutations.createWithLinks.bind(mutations);
    let chunkWrites = 0;
    vi.spyOn(mutations, 'createWithLinks').mockImplementation(async (table, inputs, links) => {
      if (++chunkWrites === 2) throw new Error('disk unplugged');
      return createWithLinks(table, inputs, links);
    });
    await expect(runImport(db, mutations, file, 'big.csv', await wizardDefaults(db, file), { dryRun: false })).rejects.toThrow('disk unplugged');
    // The first chunk of 1,000 rows holds the header and 999 contacts.
    expect(await db.contacts.count()).toBe(999);
    expect(await db.contactTags.count()).toBe(999);
    const [job] = (await db.importJobs.toArray()) as ImportJob[];
    expect(job).toMatchObject({ status: 'failed', summary: { counts: { created: 999 } } });
    expect(job?.summary.createdIds).toHaveLength(999);
    // What committed can be taken back from the history.
    await revertImport(db, mutations, job as ImportJob);
    expect(await db.contacts.filter((contact) => !contact.deleted).count()).toBe(0);
  });
});
