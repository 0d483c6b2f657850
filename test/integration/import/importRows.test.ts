import { afterEach, describe, expect, it } from 'vitest';
import { defaultValueFormat } from '@shared/import/importTypes';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { runImport } from '@renderer/modules/import/utils/runImport';
import type { ImportSettings } from '@renderer/modules/import/utils/importSettings';
import { openTestDatabase } from '../../helpers/testDatabase';
import { fixtureFile } from './importFixtures';
import { wizardDefaults } from './importHelpers';

afterEach(() => {
  takeUndo();
});

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

async function importInto(database: Database, file: Blob, overrides: Partial<ImportSettings> = {}, dryRun = false) {
  const settings = await wizardDefaults(database.db, file, overrides);
  return runImport(database.db, database.mutations, file, 'test.csv', settings, { dryRun });
}

const failures = (job: Awaited<ReturnType<typeof importInto>>) => job.summary.failedRows.map(({ rowNumber, reason }) => [rowNumber, reason]);

describe('reading and checking rows', () => {
  it('a semicolon-delimited Windows-1252 Excel file with decimal commas, day-first dates and ja/nein', async () => {
    const database = await openTestDatabase();
    await database.mutations.createMany('attributeDefinitions', [
      { entity: 'contact', key: 'revenue', label: 'Umsatz', type: 'float' },
      { entity: 'contact', key: 'customer_since', label: 'Kunde seit', type: 'date' },
      { entity: 'contact', key: 'newsletter', label: 'Newsletter', type: 'boolean' },
    ]);
    const job = await importInto(database, fixtureFile('excel-semicolon-windows1252.csv'), { valueFormat: { ...defaultValueFormat, decimalSeparator: ',', defaultCountry: 'DE' } });
    expect(job.summary.counts).toMatchObject({ created: 2, failed: 1 });
    expect(failures(job)).toEqual([[4, 'Umsatz: "viel" is not a number written with "," as the decimal mark; Newsletter: "vielleicht" is not yes/no, true/false or 1/0']]);
    const jurgen = await database.db.contacts.where('email').equals('juergen@example.de').first();
    expect(jurgen).toMatchObject({ firstName: 'Jürgen', lastName: 'Müller', city: 'Köln', phone: '+49301234567', custom: { revenue: 1234.5, customer_since: '2023-04-03', newsletter: true } });
    expect(await database.db.contacts.where('email').equals('zoe@example.no').first()).toMatchObject({ firstName: 'Zoë', phone: '+4722123456', custom: { revenue: 12.5, customer_since: '2022-12-31', newsletter: false } });
  });

  // "Anna, the first" reads as "Last, First", the way address books write names.
  it('UTF-8 with a BOM and quoted line breaks import their text exactly', async () => {
    const bom = await openTestDatabase();
    const bomJob = await importInto(bom, fixtureFile('utf8-bom.csv'));
    // The BOM is not part of the first header, so "Email" is found and every row matched on it.
    expect(bomJob.summary.headers).toEqual(['Email', 'First Name', 'City']);
    expect(bomJob.summary.counts).toEqual({ created: 2, updated: 0, merged: 0, skipped: 0, failed: 0 });
    expect((await bom.db.contacts.orderBy('email').toArray()).map(({ email, firstName, lastName, city }) => ({ email, firstName, lastName, city }))).toEqual([
      { email: 'marie@example.fr', firstName: 'Marie', lastName: '', city: 'Paris' },
      { email: 'sakura@example.jp', firstName: '桜', lastName: '', city: '東京' },
    ]);
    const quoted = await openTestDatabase();
    const job = await importInto(quoted, fixtureFile('quoted-newlines.csv'), { mapping: ['email', 'fullName', 'about'] });
    expect(job.summary.counts).toEqual({ created: 3, updated: 0, merged: 0, skipped: 0, failed: 0 });
    expect(await quoted.db.contacts.where('email').equals('a@example.com').first()).toMatchObject({ firstName: 'the first', lastName: 'Anna', about: 'Line one\nLine two, with a comma' });
    expect(await quoted.db.contacts.where('email').equals('b@example.com').first()).toMatchObject({ firstName: 'Ben "The', lastName: 'Builder"' });
  });

  it('ragged rows: a short row imports and is noted, a row with values past the header is rejected', async () => {
    const database = await openTestDatabase();
    const job = await importInto(database, fixtureFile('ragged-rows.csv'));
    expect(job.summary.counts).toMatchObject({ created: 3, failed: 1 });
    expect(failures(job)).toEqual([[4, 'Column 5: The row has 6 cells and the header 4; is a delimiter inside an unquoted value?']]);
    expect(job.summary.notices).toEqual([{ rowNumber: 3, message: 'Has 2 of 4 cells; the missing ones are read as empty' }]);
    expect((await database.db.contacts.toArray()).map((contact) => contact.email).sort()).toEqual(['full@example.com', 'short@example.com', 'trailing@example.com']);
  });

  it('empty lines are skipped with their row numbers', async () => {
    const database = await openTestDatabase();
    const job = await importInto(database, fixtureFile('empty-lines.csv'));
    expect(job.summary.counts).toMatchObject({ created: 2, skipped: 5, failed: 0 });
    expect(job.summary.skippedRows).toEqual([2, 4, 5, 7, 8].map((rowNumber) => ({ rowNumber, reason: 'Empty row' })));
  });

  it('invalid emails and phones and values of the wrong type reject their rows, naming each cell', async () => {
    const database = await openTestDatabase();
    await database.mutations.createMany('attributeDefinitions', [
      { entity: 'contact', key: 'shoe_size', label: 'Shoe size', type: 'integer' },
      { entity: 'contact', key: 'vip', label: 'VIP', type: 'boolean' },
      { entity: 'contact', key: 'birthday', label: 'Birthday', type: 'date' },
      { entity: 'contact', key: 'plan', label: 'Plan', type: 'choice', options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] },
      { entity: 'contact', key: 'interests', label: 'Interests', type: 'multichoice', options: [{ value: 'sailing', label: 'Sailing' }, { value: 'chess', label: 'Chess' }] },
    ]);
    const job = await importInto(database, fixtureFile('invalid-values.csv'), { valueFormat: { ...defaultValueFormat, defaultCountry: 'DE' } });
    expect(job.summary.counts).toMatchObject({ created: 1, failed: 4 });
    expect(failures(job)).toEqual([
      [3, 'Email: "bad-email" is not an email address'],
      [4, 'Phone: "12": This is not a valid DE phone number'],
      [5, 'Shoe size: "forty" is not a number written with "." as the decimal mark; VIP: "maybe" is not yes/no, true/false or 1/0; Birthday: "31/02/2020" is not a date (day/month/year, or year-month-day); Plan: "Platinum" is not one of Free, Pro; Interests: "Golf" is not one of Sailing, Chess'],
      [6, 'Shoe size: "42.5" is not a whole number'],
    ]);
    expect(job.summary.failedRows[0]?.cells).toEqual(['bad-email', '+49 30 1234568', 'Bad Email', '41', 'no', '1991-01-01', 'Free', '']);
    expect(await database.db.contacts.toArray()).toEqual([
      expect.objectContaining({ email: 'good@example.com', phone: '+49301234567', custom: { shoe_size: 42, vip: true, birthday: '1990-05-17', plan: 'pro', interests: ['sailing', 'chess'] } }),
    ]);
  });

  it('a 1 MB cell: rejected with its reason where the field cannot hold it, imported where the column is ignored', async () => {
    // One note of 1,060,037 bytes, more than the reader takes from the file at once.
    const file = fixtureFile('one-megabyte-cell.csv');
    const kept = await openTestDatabase();
    const job = await importInto(kept, file);
    expect(job.summary.counts).toEqual({ created: 1, updated: 0, merged: 0, skipped: 0, failed: 1 });
    expect(job.summary.failedRows.map(({ rowNumber, reason }) => [rowNumber, reason])).toEqual([[2, 'Notes: Too big: expected string to have <=100000 characters']]);
    // The failed row keeps its cell whole, quotes and line breaks as written, for the download of failed rows.
    const notes = job.summary.failedRows[0]?.cells[2] ?? '';
    expect(new TextEncoder().encode(notes).length).toBe(1_060_037);
    const lines = notes.split('\n');
    expect(lines).toHaveLength(14_094);
    expect(lines.filter((line, index) => line !== `Call ${index + 1}: Zoë said "send the offer", budget 1.000 €; next → demo 桜`)).toEqual([]);
    // The row after the big cell is read as its own row.
    expect((await kept.db.contacts.toArray()).map(({ email, firstName, about }) => ({ email, firstName, about }))).toEqual([{ email: 'small@example.com', firstName: 'Small', about: 'A short note' }]);

    const ignored = await openTestDatabase();
    expect((await importInto(ignored, file, { mapping: ['email', 'firstName', null] })).summary.counts).toEqual({ created: 2, updated: 0, merged: 0, skipped: 0, failed: 0 });
    expect(await ignored.db.contacts.where('email').equals('big@example.com').first()).toMatchObject({ firstName: 'Big', about: '' });
  });
});

describe('matching existing contacts', () => {
  async function withEve() {
    const database = await openTestDatabase();
    const eve = await database.mutations.create('contacts', { firstName: 'Eve', lastName: 'Old', email: 'existing@example.com', city: 'Berlin' });
    return { ...database, eve };
  }

  it('create and update: rows repeated in the file become one contact, an existing contact is updated', async () => {
    const { db, mutations, eve } = await withEve();
    const settings = await wizardDefaults(db, fixtureFile('duplicates.csv'), { batch: { tagNames: ['fair-2026'], listName: 'Imported', ownerId: null, source: 'Fair' } });
    const dry = await runImport(db, mutations, fixtureFile('duplicates.csv'), 'duplicates.csv', settings, { dryRun: true });
    expect(dry.summary.counts).toEqual({ created: 2, updated: 1, merged: 2, skipped: 0, failed: 0 });
    expect(await db.contacts.count()).toBe(1);
    expect(await db.importJobs.count()).toBe(0);

    const job = await runImport(db, mutations, fixtureFile('duplicates.csv'), 'duplicates.csv', settings, { dryRun: false });
    expect(job.summary.counts).toEqual(dry.summary.counts);
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(3);
    const dana = contacts.find((contact) => contact.email === 'dup@example.com');
    expect(dana).toMatchObject({ firstName: 'Dana', lastName: 'Duplicate', city: 'Berlin', source: 'Fair' });
    expect((await db.tags.bulkGet(dana?.tagIds ?? [])).map((tag) => tag?.name).sort()).toEqual(['alpha', 'beta', 'fair-2026']);
    const updated = await db.contacts.get(eve.id);
    expect(updated).toMatchObject({ firstName: 'Eve', lastName: 'Updated', city: 'Munich', source: '' });
    expect(updated?.listIds).toHaveLength(1);
    expect(await db.importJobs.get(job.id)).toMatchObject({ status: 'done', totalRows: 5 });
  });

  it('create only skips existing contacts; update only skips the rest', async () => {
    const createOnly = await withEve();
    const created = await importInto(createOnly, fixtureFile('duplicates.csv'), { mode: 'create' });
    expect(created.summary.counts).toMatchObject({ created: 2, updated: 0, skipped: 1 });
    expect(created.summary.skippedRows).toEqual([{ rowNumber: 6, reason: 'A contact with this email already exists' }]);
    expect(await createOnly.db.contacts.get(createOnly.eve.id)).toMatchObject({ lastName: 'Old' });

    const updateOnly = await withEve();
    const updated = await importInto(updateOnly, fixtureFile('duplicates.csv'), { mode: 'update' });
    expect(updated.summary.counts).toMatchObject({ created: 0, updated: 1, skipped: 4 });
    expect(updated.summary.skippedRows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5]);
    expect(await updateOnly.db.contacts.count()).toBe(1);
  });

  it('matches on external id: the contact with the id of a Salesforce row is updated, whatever its email was', async () => {
    const database = await openTestDatabase();
    const margaret = await database.mutations.create('contacts', { firstName: 'Maggie', lastName: 'Hamilton', email: 'mhamilton@old.example', externalId: '0035g00000AbCdE', city: 'Boston', status: 'customer' });
    const job = await importInto(database, fixtureFile('salesforce.csv'), { matchOn: 'externalId' });
    expect(job.summary.counts).toEqual({ created: 1, updated: 1, merged: 0, skipped: 0, failed: 0 });
    expect(await database.db.contacts.get(margaret.id)).toMatchObject({ firstName: 'Margaret', email: 'margaret@example.com', city: 'Cambridge', country: 'US', source: 'Web', status: 'customer', externalId: '0035g00000AbCdE' });
    const contacts = await database.db.contacts.toArray();
    expect(contacts.map((contact) => contact.externalId).sort()).toEqual(['0035g00000AbCdE', '0035g00000AbCdF']);
    expect(contacts.find((contact) => contact.externalId === '0035g00000AbCdF')).toMatchObject({ firstName: 'Dennis', email: 'dennis@example.com' });
  });

  it('matches on phone numbers in E.164, whatever their spelling in the file', async () => {
    const database = await openTestDatabase();
    const known = await database.mutations.create('contacts', { firstName: 'Pia', phone: '+4930123456' });
    const job = await importInto(database, new Blob(['Phone,City\n030 123456,Potsdam\n']), { matchOn: 'phone', valueFormat: { ...defaultValueFormat, defaultCountry: 'DE' } });
    expect(job.summary.counts).toMatchObject({ created: 0, updated: 1 });
    expect(await database.db.contacts.get(known.id)).toMatchObject({ city: 'Potsdam' });
  });
});

describe('syncing imported contacts', () => {
  it('each chunk of new contacts is one outbox row with every field the file gave them and their tag links; an update sends only what changed', async () => {
    const database = await openTestDatabase();
    const { db, mutations } = database;
    const vip = await mutations.create('tags', { name: 'vip' });
    const known = await mutations.create('contacts', { firstName: 'Old', email: 'person5@example.com', city: 'Berlin' });
    const before = await db.outbox.count();
    const rows = Array.from({ length: 2100 }, (_, index) => `person${index}@example.com,Person ${index},vip`);
    const job = await importInto(database, new Blob([`Email,First Name,Tags\n${rows.join('\n')}\n`]));
    const outbox = (await db.outbox.toArray()).slice(before);
    const created = new Set(job.summary.createdIds);
    // The file's 2,101 rows in chunks of 1,000: 999 contacts in the first (one of them there
    // already), then 1,000 and 101, each chunk's new contacts and their tags in one row.
    const createRows = outbox.filter((row) => row.writes.some((write) => write.table === 'contacts' && created.has(write.rowId)));
    expect(createRows.map((row) => row.writes.filter((write) => write.table === 'contacts').length)).toEqual([998, 1000, 101]);
    for (const row of createRows) {
      const contactIds = row.writes.filter((write) => write.table === 'contacts').map((write) => write.rowId);
      const linked = row.writes.filter((write) => write.table === 'contactTags').map((write) => write.fields.contactId);
      expect(linked.filter((id) => id !== known.id)).toEqual(contactIds);
    }
    const stored = new Map((await db.contacts.toArray()).map((contact) => [contact.id, contact]));
    const createWrites = createRows.flatMap((row) => row.writes).filter((write) => write.table === 'contacts');
    expect(new Set(createWrites.map((write) => write.rowId))).toEqual(created);
    for (const write of createWrites) {
      const contact = stored.get(write.rowId);
      expect(write).toMatchObject({ hlc: contact?.hlc, fields: { email: contact?.email, firstName: contact?.firstName, deleted: 0 } });
    }
    expect(createWrites.find((write) => write.fields.email === 'person7@example.com')?.fields).toMatchObject({ firstName: 'Person 7', lastName: '', city: '' });
    // 2,099 new contacts and the one that was there are tagged.
    expect(outbox.flatMap((row) => row.writes).filter((write) => write.table === 'contactTags' && write.fields.tagId === vip.id)).toHaveLength(2100);
    // The contact that was there gets its new first name, and its email and city are not sent again.
    const knownWrites = outbox.flatMap((row) => row.writes).filter((write) => write.table === 'contacts' && write.rowId === known.id);
    expect(knownWrites.map((write) => write.fields)).toEqual([{ firstName: 'Person 5', updatedAt: expect.any(String) }]);
  });
});

describe('companies and cancelling', () => {
  it('finds a company by its domain or its name, and creates the ones that are missing', async () => {
    const database = await openTestDatabase();
    const acme = await database.mutations.create('companies', { name: 'Acme Corporation', domain: 'acme.com' });
    const globex = await database.mutations.create('companies', { name: 'Globex' });
    const file = new Blob(['Email,Company,Job Title\na@example.com,https://www.acme.com,CEO\nb@example.com,globex,CTO\nc@example.com,initech.io,\nd@example.com,Initech.io,Intern\n']);
    await importInto(database, file);
    const companyOf = async (email: string) => {
      const contact = await database.db.contacts.where('email').equals(email).first();
      return database.db.companies.get(contact?.companyIds[0] ?? '');
    };
    expect((await companyOf('a@example.com'))?.id).toBe(acme.id);
    expect((await companyOf('b@example.com'))?.id).toBe(globex.id);
    expect(await companyOf('c@example.com')).toMatchObject({ name: 'initech.io', domain: 'initech.io' });
    expect((await companyOf('d@example.com'))?.id).toBe((await companyOf('c@example.com'))?.id);
    expect(await database.db.memberships.where('companyId').equals(acme.id).first()).toMatchObject({ role: 'CEO' });
  });

  it('writes a chunk whose rows ask for more links than the mutation layer writes at once', async () => {
    const database = await openTestDatabase();
    const rows = Array.from({ length: 2100 }, (_, index) => `person${index}@example.com,alpha|beta`).join('\n');
    const job = await importInto(database, new Blob([`Email,Tags\n${rows}\n`]));
    expect(job.status).toBe('done');
    expect(await database.db.contactTags.count()).toBe(4200);
  });

  it('stops between chunks when cancelled, keeping what it wrote, recorded for revert', async () => {
    const database = await openTestDatabase();
    const rows = Array.from({ length: 4500 }, (_, index) => `person${index}@example.com`).join('\n');
    const file = new Blob([`Email\n${rows}\n`]);
    const controller = new AbortController();
    const settings = await wizardDefaults(database.db, file);
    const job = await runImport(database.db, database.mutations, file, 'big.csv', settings, { dryRun: false, signal: controller.signal, onProgress: () => controller.abort() });
    expect(job.status).toBe('cancelled');
    // The first chunk of 1,000 rows holds the header and 999 contacts.
    expect(await database.db.contacts.count()).toBe(999);
    expect(await database.db.importJobs.get(job.id)).toMatchObject({ status: 'cancelled', summary: { counts: { created: 999 } } });
  });
});
