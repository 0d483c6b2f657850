import { afterEach, describe, expect, it } from 'vitest';
import { defaultValueFormat } from '@shared/import/importTypes';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import type { OutpostDb } from '@renderer/db/OutpostDb';
import { runImport } from '@renderer/modules/import/utils/runImport';
import type { ImportSettings } from '@renderer/modules/import/utils/importSettings';
import { openTestDatabase } from '../../helpers/testDatabase';
import { fixtureFile } from './importFixtures';
import { wizardDefaults } from './importHelpers';

afterEach(() => {
  takeUndo();
});

async function importFixture(name: string, overrides: (settings: ImportSettings) => Partial<ImportSettings> = () => ({})) {
  const database = await openTestDatabase();
  const file = fixtureFile(name);
  const defaults = await wizardDefaults(database.db, file);
  const job = await runImport(database.db, database.mutations, file, name, { ...defaults, ...overrides(defaults) }, { dryRun: false });
  return { ...database, job };
}

async function contactsByEmail(db: OutpostDb) {
  const contacts = await db.contacts.toArray();
  return new Map(contacts.map((contact) => [contact.email ?? `${contact.firstName} ${contact.lastName}`, contact]));
}

async function names(db: OutpostDb, table: 'tags' | 'lists' | 'companies', ids: string[]) {
  return (await db[table].bulkGet(ids)).map((row) => row?.name).sort();
}

describe('importing exports of other tools', () => {
  it('Google Contacts: labels as tags, organization as company and role; a row with a bad phone is rejected', async () => {
    const { db, job } = await importFixture('google-contacts.csv', () => ({ valueFormat: { ...defaultValueFormat, defaultCountry: 'US', multiValueSeparator: ' ::: ' } }));
    expect(job.summary.counts).toEqual({ created: 2, updated: 0, merged: 0, skipped: 0, failed: 1 });
    expect(job.summary.failedRows.map(({ rowNumber, reason }) => [rowNumber, reason])).toEqual([[4, 'Phone 1 - Value: "not a phone": This is not a phone number']]);
    const contacts = await contactsByEmail(db);
    const ada = contacts.get('ada@example.com');
    expect(ada).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', phone: '+442079460958', about: 'First programmer' });
    expect(await names(db, 'tags', ada?.tagIds ?? [])).toEqual(['* myContacts', 'Friends']);
    expect(await names(db, 'companies', ada?.companyIds ?? [])).toEqual(['Analytical Engines']);
    expect(await db.memberships.where('contactId').equals(ada?.id ?? '').first()).toMatchObject({ role: 'Mathematician' });
    expect(contacts.get('grace@example.com')).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', phone: '+12025550143' });
  });

  it('Outlook: mobile phone, country names, line breaks inside quoted notes', async () => {
    const { db, job } = await importFixture('outlook.csv', () => ({ valueFormat: { ...defaultValueFormat, multiValueSeparator: ';' } }));
    expect(job.summary.counts).toMatchObject({ created: 2, failed: 0 });
    const contacts = await contactsByEmail(db);
    const hedy = contacts.get('hedy@example.com');
    expect(hedy).toMatchObject({ firstName: 'Hedy', lastName: 'Lamarr', phone: '+436641234567', city: 'Vienna', country: 'AT' });
    expect(await names(db, 'tags', hedy?.tagIds ?? [])).toEqual(['Inventors', 'VIP']);
    expect(contacts.get('nikola@example.com')).toMatchObject({ country: 'US', phone: '+12125550199', about: 'Alternating\r\ncurrent' });
  });

  it('HubSpot: matched on the record id; an unknown lifecycle stage and an address without a domain are rejected', async () => {
    const { db, job } = await importFixture('hubspot.csv', () => ({ matchOn: 'externalId' }));
    expect(job.summary.counts).toMatchObject({ created: 1, failed: 2 });
    expect(job.summary.failedRows.map(({ rowNumber, reason }) => [rowNumber, reason])).toEqual([
      [3, 'Lifecycle Stage: "opportunity" is not a status (visitor, lead, prospect, customer, former customer, partner)'],
      [4, 'Email: "mary@example" is not an email address'],
    ]);
    expect((await db.contacts.toArray())[0]).toMatchObject({ externalId: '501', status: 'customer', country: 'US', phone: '+17575550100' });
  });

  it('Salesforce and LinkedIn: lead source, account and position; notes above the header; a connection without an email is still created', async () => {
    const salesforce = await importFixture('salesforce.csv');
    expect(salesforce.job.summary.counts).toMatchObject({ created: 2, failed: 0 });
    expect((await contactsByEmail(salesforce.db)).get('margaret@example.com')).toMatchObject({ externalId: '0035g00000AbCdE', source: 'Web', about: 'Apollo software' });
    // LinkedIn's export starts with notes; the header is row 4, and rows keep the file's numbers.
    const linkedIn = await importFixture('linkedin-connections.csv');
    expect(linkedIn.job.summary.counts).toMatchObject({ created: 2, skipped: 0, failed: 1 });
    expect(linkedIn.job.summary.failedRows.map(({ rowNumber, reason }) => [rowNumber, reason])).toEqual([[7, 'Email Address: "nope@" is not an email address']]);
    const tim = (await contactsByEmail(linkedIn.db)).get('Tim Berners-Lee');
    expect(tim).toMatchObject({ email: null, socialProfiles: { linkedin: 'https://www.linkedin.com/in/timbl' } });
    expect(await linkedIn.db.memberships.where('contactId').equals(tim?.id ?? '').first()).toMatchObject({ role: 'Director' });
  });
});

describe('importing a badge scanner export', () => {
  it('leads scanned at a fair: a rescan merges, a known contact is updated, a typed-in email and an unknown rating are rejected', async () => {
    const { db, mutations } = await openTestDatabase();
    // The columns the user made custom attributes for in the wizard; "Scanned By" stays ignored.
    await mutations.createMany('attributeDefinitions', [
      { entity: 'contact', key: 'badge_id', label: 'Badge ID', type: 'text' },
      { entity: 'contact', key: 'scanned_at', label: 'Scanned At', type: 'datetime' },
      { entity: 'contact', key: 'lead_rating', label: 'Lead Rating', type: 'choice', options: ['Hot', 'Warm', 'Cold'].map((label) => ({ value: label.toLowerCase(), label })) },
    ]);
    const lena = await mutations.create('contacts', { firstName: 'Lena', lastName: 'Fisher', email: 'lena.fischer@acme.example', phone: '+49301111111', city: 'Berlin', status: 'customer', source: 'Website' });
    const file = fixtureFile('badge-scanner-leads.csv');
    const settings = await wizardDefaults(db, file, { valueFormat: { ...defaultValueFormat, defaultCountry: 'DE' }, batch: { tagNames: ['Expo 2026'], listName: '', ownerId: null, source: 'Badge scanner' } });
    expect(settings.mapping).toEqual(['custom.badge_id', 'firstName', 'lastName', 'company', 'jobTitle', 'email', 'phone', 'country', 'custom.scanned_at', null, 'custom.lead_rating', 'about']);

    const job = await runImport(db, mutations, file, 'badge-scanner-leads.csv', settings, { dryRun: false });
    expect(job.summary.counts).toEqual({ created: 3, updated: 1, merged: 1, skipped: 1, failed: 2 });
    // Rows are numbered as a spreadsheet shows them: Anna's notes hold a line break, and still one row.
    expect(job.summary.failedRows.map(({ rowNumber, reason }) => [rowNumber, reason])).toEqual([
      [4, 'Email: "piotr.nowak(at)example.pl" is not an email address'],
      [7, 'Lead Rating: "A" is not one of Hot, Warm, Cold'],
    ]);
    expect(job.summary.skippedRows).toEqual([{ rowNumber: 8, reason: 'Empty row' }]);

    const contacts = await contactsByEmail(db);
    expect([...contacts.keys()].sort()).toEqual(['Sofia Rossi', 'anna.schmidt@nordlicht.example', 'kenji.sato@sato.example', 'lena.fischer@acme.example']);
    // Anna's badge was scanned twice: one contact, the later scan's rating and time, the first scan's notes.
    const anna = contacts.get('anna.schmidt@nordlicht.example');
    expect(anna).toMatchObject({
      firstName: 'Anna',
      lastName: 'Schmidt',
      phone: '+4915123456789',
      country: 'DE',
      source: 'Badge scanner',
      about: 'Wants a demo, call back in April\r\nBudget approved for Q3',
      custom: { badge_id: 'B-10001', scanned_at: new Date('2026-03-12T15:20:00').toISOString(), lead_rating: 'hot' },
    });
    expect(await names(db, 'tags', anna?.tagIds ?? [])).toEqual(['Expo 2026']);
    expect(await names(db, 'companies', anna?.companyIds ?? [])).toEqual(['Nordlicht GmbH']);
    expect(await db.memberships.where('contactId').equals(anna?.id ?? '').first()).toMatchObject({ role: 'Head of Procurement' });
    // Lena was there: the scan corrects her name and phone, keeps her status, city and source.
    expect(await db.contacts.get(lena.id)).toMatchObject({
      lastName: 'Fischer',
      phone: '+49309876543',
      city: 'Berlin',
      status: 'customer',
      source: 'Website',
      about: 'Met at Hannover Messe last year',
      custom: { badge_id: 'B-10002', lead_rating: 'hot' },
    });
    expect(await names(db, 'companies', (await db.contacts.get(lena.id))?.companyIds ?? [])).toEqual(['Acme Europe']);
    // A badge without an email is still a lead: created by name, with the phone to call.
    expect(contacts.get('Sofia Rossi')).toMatchObject({ email: null, phone: '+390212345678', country: 'IT', about: 'No email shared; follow up by phone' });
    const kenji = contacts.get('kenji.sato@sato.example');
    expect(kenji).toMatchObject({ phone: null, country: 'JP', custom: { lead_rating: 'cold' } });
    expect(await names(db, 'companies', kenji?.companyIds ?? [])).toEqual(['株式会社サトウ']);
    expect(await db.memberships.where('contactId').equals(kenji?.id ?? '').first()).toMatchObject({ role: '営業部長' });
  });
});

describe('importing vCards', () => {
  it('imports a .vcf file through the same checks and report as a CSV file', async () => {
    const { db, job } = await importFixture('contacts.vcf');
    expect(job.summary.counts).toEqual({ created: 3, updated: 0, merged: 0, skipped: 0, failed: 1 });
    expect(job.summary.failedRows.map(({ rowNumber, reason }) => [rowNumber, reason])).toEqual([[5, 'Email: "not-an-email" is not an email address']]);
    const contacts = await contactsByEmail(db);
    const ada = contacts.get('ada@example.com');
    expect(ada).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', phone: '+442079460958', city: 'London', country: 'GB', socialProfiles: { linkedin: 'https://www.linkedin.com/in/ada' } });
    expect(await names(db, 'tags', ada?.tagIds ?? [])).toEqual(['Friends', 'VIP']);
    expect(await names(db, 'companies', ada?.companyIds ?? [])).toEqual(['Analytical Engines']);
    expect(contacts.get('zoe@example.no')).toMatchObject({ firstName: 'Zoë', lastName: 'Ødegård' });
  });
});
