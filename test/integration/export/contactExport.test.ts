import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { customContactColumns, standardContactColumns } from '@shared/domain/contactColumns';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import type { StoredRecord } from '@renderer/db/rowTypes';
import type { ReferenceNames } from '@renderer/modules/contact-list/hooks/useReferenceNames';
import { buildRecordsCsv } from '@renderer/modules/export/utils/buildRecordsCsv';
import { buildContactsVCards } from '@renderer/modules/export/utils/buildContactsVCards';
import { contactExportColumns } from '@renderer/modules/export/utils/contactExportColumns';
import { runImport } from '@renderer/modules/import/utils/runImport';
import { openTestDatabase } from '../../helpers/testDatabase';
import { wizardDefaults } from '../import/importHelpers';

afterEach(() => {
  takeUndo();
});

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

const planAttribute = { entity: 'contact' as const, key: 'plan', label: 'Plan', type: 'choice' as const, options: [{ value: 'pro', label: 'Pro' }, { value: 'free', label: 'Free' }] };

async function workspace(): Promise<Database> {
  const database = await openTestDatabase();
  const { mutations } = database;
  await mutations.create('attributeDefinitions', planAttribute);
  await mutations.create('tags', { name: 'VIP', color: 'red' });
  await mutations.create('tags', { name: 'Expo 2026', color: 'green' });
  return database;
}

async function exportedCsv(database: Database, neutralizeFormulas: boolean, byteOrderMark = false): Promise<string> {
  const { db } = database;
  const contacts = (await db.contacts.toArray()).filter((contact) => !contact.deleted);
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const tags = await db.tags.toArray();
  const names: ReferenceNames = { owners: new Map(), companies: new Map(), lists: new Map(), tags: new Map(tags.map((tag) => [tag.id, { name: tag.name, color: tag.color }])) };
  const definitions = await db.attributeDefinitions.toArray();
  const columns = [...standardContactColumns, ...customContactColumns(definitions)].filter((column) => ['sortName', 'email', 'phone', 'status', 'city', 'tagIds', 'custom.plan'].includes(column.id));
  return buildRecordsCsv([...byId.keys()], (id) => byId.get(id), contactExportColumns(columns, names), { byteOrderMark, neutralizeFormulas });
}

async function seedContacts(database: Database) {
  const { db, mutations } = database;
  const tags = await db.tags.toArray();
  const zoe = await mutations.create('contacts', { firstName: 'Zoë', lastName: 'Ødegaard', email: 'zoe@example.no', phone: '+4722123456', city: 'Tromsø', status: 'customer', custom: { plan: 'pro' } });
  const mallory = await mutations.create('contacts', { firstName: '=HYPERLINK("http://evil.example","Click")', lastName: '@Mallory', email: 'mallory@example.com', phone: '+12125550123', city: '-Nowhere' });
  await mutations.createMany('contactTags', tags.map((tag) => ({ contactId: zoe.id, tagId: tag.id })));
  return { zoe, mallory };
}

describe('exporting contacts to CSV', () => {
  it('writes readable headers, names as written, option labels and tags joined by |', async () => {
    const database = await workspace();
    await seedContacts(database);
    const csv = await exportedCsv(database, true, true);
    expect(csv.startsWith('\uFEFFFirst name,Last name,Email,Phone,Status,Tags,City,Plan\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n' }).data;
    const zoe = rows.find((row) => row[2] === 'zoe@example.no');
    expect(zoe).toEqual(['Zoë', 'Ødegaard', 'zoe@example.no', '+4722123456', 'customer', 'Expo 2026 | VIP', 'Tromsø', 'Pro']);
  });

  it('neutralises formula cells but keeps E.164 phones as they are', async () => {
    const database = await workspace();
    await seedContacts(database);
    const rows = Papa.parse<string[]>((await exportedCsv(database, true)).trim(), { newline: '\r\n' }).data;
    const mallory = rows.find((row) => row[2] === 'mallory@example.com');
    expect(mallory?.slice(0, 4)).toEqual(['\'=HYPERLINK("http://evil.example","Click")', "'@Mallory", 'mallory@example.com', '+12125550123']);
    expect(mallory?.[6]).toBe("'-Nowhere");
  });

  it('goes back in through our own import unchanged, phones in E.164 included', async () => {
    const source = await workspace();
    await seedContacts(source);
    const csv = await exportedCsv(source, false);
    const target = await workspace();
    const file = new Blob([csv], { type: 'text/csv' });
    const settings = await wizardDefaults(target.db, file);
    const job = await runImport(target.db, target.mutations, file, 'export.csv', settings, { dryRun: false });
    expect(job.summary.counts).toMatchObject({ created: 2, failed: 0 });
    const pick = ({ firstName, lastName, email, phone, city, status, custom }: StoredRecord<'contacts'>) => ({ firstName, lastName, email, phone, city, status, custom });
    const sorted = async (database: Database) => (await database.db.contacts.toArray()).map(pick).sort((a, b) => String(a.email).localeCompare(String(b.email)));
    expect(await sorted(target)).toEqual(await sorted(source));
    const tagNames = async (database: Database) => {
      const contact = await database.db.contacts.where('email').equals('zoe@example.no').first();
      const tags = await database.db.tags.bulkGet(contact?.tagIds ?? []);
      return tags.map((tag) => tag?.name).sort();
    };
    expect(await tagNames(target)).toEqual(await tagNames(source));
  });
});

describe('exporting contacts to vCard', () => {
  it('writes one card per contact with its primary company and role', async () => {
    const database = await workspace();
    const { zoe, mallory } = await seedContacts(database);
    const acme = await database.mutations.create('companies', { name: 'Acme' });
    await database.mutations.create('memberships', { contactId: zoe.id, companyId: acme.id, role: 'CTO', primary: true });
    const byId = new Map((await database.db.contacts.toArray()).map((contact) => [contact.id, contact]));
    const cards = await buildContactsVCards(database.db, [zoe.id, mallory.id], (id) => byId.get(id));
    expect(cards.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(cards).toContain('FN:Zoë Ødegaard\r\n');
    expect(cards).toContain('ORG:Acme\r\nTITLE:CTO\r\n');
    expect(cards).toContain('TEL;VALUE=uri;TYPE=cell:tel:+12125550123');
  });
});
