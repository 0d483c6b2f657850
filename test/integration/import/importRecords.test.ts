import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { readAllRecords } from '@renderer/db/recordStore';
import type { ImportJob } from '@renderer/modules/import/utils/importJob';
import type { ImportSettings } from '@renderer/modules/import/utils/importSettings';
import { runRecordImport } from '@renderer/modules/import/utils/records/runRecordImport';
import { revertImport } from '@renderer/modules/import/utils/revertImport';
import type { RecordImportType } from '@shared/import/records/importRecordTypes';
import { openTestDatabase } from '../../helpers/testDatabase';
import { fixtureFile } from './importFixtures';
import { recordWizardDefaults } from './importHelpers';

afterEach(() => {
  takeUndo();
});

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

async function importRecords(database: Database, name: string, type: RecordImportType, overrides: Partial<ImportSettings> = {}, dryRun = false) {
  const file = fixtureFile(name);
  const settings = await recordWizardDefaults(database.db, file, type, overrides);
  return runRecordImport(database.db, database.mutations, file, name, settings, { dryRun });
}

const failures = (job: Awaited<ReturnType<typeof importRecords>>) => job.summary.failedRows.map(({ rowNumber, reason }) => [rowNumber, reason]);

// Jane on the team, Katherine a contact, NASA a company, and a sales pipeline whose stages have
// an accent and a capital to be matched without them.
async function seedWorkspace(database: Database) {
  const { mutations } = database;
  const jane = await mutations.create('teamMembers', { name: 'Jane Agent', email: 'jane@example.com' });
  const katherine = await mutations.create('contacts', { firstName: 'Katherine', email: 'katherine@example.com' });
  const nasa = await mutations.create('companies', { name: 'NASA', domain: 'nasa.gov' });
  const pipeline = await mutations.create('pipelines', { name: 'Sales Pipeline', order: 'a0' });
  const [qualified, contractSent, negotiation] = await mutations.createMany('stages', [
    { pipelineId: pipeline.id, name: 'Qualified', order: 'a0' },
    { pipelineId: pipeline.id, name: 'Contract Sent', order: 'a1' },
    { pipelineId: pipeline.id, name: 'Négociation', order: 'a2' },
  ]);
  return { jane, katherine, nasa, pipeline, stages: { qualified: qualified as string, contractSent: contractSent as string, negotiation: negotiation as string } };
}

describe('importing deals', () => {
  it('a HubSpot-like export: pipeline and stage by name, values by currency, owner, company and contact; unknown names refuse their rows', async () => {
    const database = await openTestDatabase();
    const { db, mutations } = database;
    const { jane, katherine, nasa, pipeline, stages } = await seedWorkspace(database);
    const gemini = await mutations.create('deals', { title: 'Gemini upsell', externalId: '9002', valueMinor: 10_000, pipelineId: pipeline.id, stageId: stages.qualified, position: 'a0' });

    const dryRun = await importRecords(database, 'hubspot-deals.csv', 'deals', {}, true);
    expect(dryRun.summary.counts).toEqual({ created: 3, updated: 1, merged: 1, skipped: 0, failed: 5 });
    expect(await db.deals.count()).toBe(1);
    expect(await db.importJobs.count()).toBe(0);

    const job = await importRecords(database, 'hubspot-deals.csv', 'deals');
    expect(job.summary.counts).toEqual({ created: 3, updated: 1, merged: 1, skipped: 0, failed: 5 });
    expect(failures(job)).toEqual([
      [5, 'Deal Stage: "Negotiation" is not a stage of Sales Pipeline (Qualified, Contract Sent, Négociation)'],
      [6, 'Pipeline: no pipeline is named "Other Pipeline"'],
      [7, 'Amount: "lots" is not an amount written with "." as the decimal mark'],
      [8, 'Deal owner: no team member is named or has the email "Nobody Here"'],
      [9, 'Contact Email: no contact has the email unknown@example.com'],
    ]);
    // The failed rows keep their cells, for the download.
    expect(job.summary.failedRows[0]?.cells).toEqual(['9004', 'Skylab', 'Sales Pipeline', 'Negotiation', '10', '', '', '', '', '']);

    const byExternalId = async (externalId: string) => db.deals.where('externalId').equals(externalId).first();
    // Row 11 repeats row 2: merged, its later stage and value win; the contact of row 2 stays linked.
    expect(await byExternalId('9001')).toMatchObject({
      title: 'Apollo renewal',
      valueMinor: 1_300_000,
      currency: 'USD',
      pipelineId: pipeline.id,
      stageId: stages.contractSent,
      expectedCloseDate: '2025-03-31',
      ownerId: jane.id,
      companyId: nasa.id,
      contactIds: [katherine.id],
      status: 'open',
    });
    expect(await db.deals.get(gemini.id)).toMatchObject({ valueMinor: 300_000, currency: 'EUR', stageId: stages.contractSent, companyId: nasa.id, ownerId: jane.id });
    expect((await db.deals.get(gemini.id))?.stageHistory.map((entry) => entry.stageId)).toEqual([stages.contractSent]);
    // "SALES PIPELINE" / "negociation": case and accents aside; the company is created as contacts' are.
    const mercury = await byExternalId('9003');
    const mercuryLabs = await db.companies.where('[deleted+sortName]').equals([0, 'mercury labs']).first();
    expect(mercury).toMatchObject({ stageId: stages.negotiation, valueMinor: 100_000, currency: 'EUR', companyId: mercuryLabs?.id });
    // No pipeline or stage: the default pipeline's first stage; yen have no minor unit.
    expect(await byExternalId('9009')).toMatchObject({ pipelineId: pipeline.id, stageId: stages.qualified, valueMinor: 250, currency: 'JPY' });
    // Every write went through the mutation layer, so it syncs.
    const outboxed = (await db.outbox.toArray()).flatMap((row) => row.writes).filter((write) => write.table === 'deals').map((write) => write.rowId);
    expect(new Set(outboxed)).toEqual(new Set([...job.summary.createdIds, gemini.id]));

    const result = await revertImport(db, mutations, job);
    expect(result).toMatchObject({ removedRecords: 3, keptFields: 0 });
    expect((await db.deals.toArray()).filter((deal) => !deal.deleted).map((deal) => deal.id)).toEqual([gemini.id]);
    expect(await db.deals.get(gemini.id)).toMatchObject({ valueMinor: 10_000, stageId: stages.qualified, companyId: null, ownerId: null });
  });

  it('matches deals by title within their pipeline, and update only skips the rest', async () => {
    const database = await openTestDatabase();
    const { db, mutations } = database;
    const { pipeline, stages } = await seedWorkspace(database);
    const apollo = await mutations.create('deals', { title: 'Apollo Renewal', pipelineId: pipeline.id, stageId: stages.qualified, position: 'a0' });
    const file = new Blob(['Deal Name,Amount\napollo renewal,99\nNew one,5\n']);
    const settings = await recordWizardDefaults(db, file, 'deals', { mode: 'update' });
    const job = await runRecordImport(db, mutations, file, 'titles.csv', { ...settings, records: { ...(settings.records as NonNullable<ImportSettings['records']>), matchOn: 'title' } }, { dryRun: false });
    expect(job.summary.counts).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    expect(job.summary.skippedRows).toEqual([{ rowNumber: 3, reason: 'No deal has this title in its pipeline' }]);
    expect(await db.deals.get(apollo.id)).toMatchObject({ valueMinor: 9900 });
  });
});

describe('importing companies', () => {
  it('matches on domain, creates, updates, merges repeated rows and refuses wrong cells', async () => {
    const database = await openTestDatabase();
    const { db, mutations } = database;
    const jane = await mutations.create('teamMembers', { name: 'Jane Agent', email: 'jane@example.com' });
    const globex = await mutations.create('companies', { name: 'Globex Corporation', domain: 'globex.com', city: 'Old Town' });
    const job = await importRecords(database, 'companies.csv', 'companies');
    expect(job.summary.counts).toEqual({ created: 2, updated: 1, merged: 1, skipped: 1, failed: 3 });
    expect(failures(job)).toEqual([
      [5, 'Number of Employees: "many" is not a number written with "." as the decimal mark'],
      [6, 'Country/Region: "Atlantis" is not a country name or two-letter country code'],
      [9, 'Company owner: no team member is named or has the email "Bruce"'],
    ]);
    expect(job.summary.skippedRows).toEqual([{ rowNumber: 8, reason: 'Empty row' }]);
    expect(await db.companies.where('domain').equals('acme.com').first()).toMatchObject({ name: 'Acme Inc.', industry: 'Manufacturing', size: 250, city: 'Munich', country: 'DE', ownerId: jane.id, externalId: 'c-1' });
    expect(await db.companies.get(globex.id)).toMatchObject({ name: 'Globex', size: 1200, city: 'Springfield', country: 'US' });
    // A row with a domain and no name is named by its domain.
    expect(await db.companies.where('domain').equals('initech.com').first()).toMatchObject({ name: 'initech.com', country: 'US' });

    const result = await revertImport(db, mutations, job);
    expect(result).toMatchObject({ removedRecords: 2 });
    expect(await db.companies.get(globex.id)).toMatchObject({ name: 'Globex Corporation', city: 'Old Town', size: null });
  });

  it('create only skips a company that is there, by name case and accents aside', async () => {
    const database = await openTestDatabase();
    await database.mutations.create('companies', { name: 'Zoë Ltd' });
    const file = new Blob(['Name,City\nZOE LTD,Oslo\nOther,Bergen\n']);
    const settings = await recordWizardDefaults(database.db, file, 'companies', { mode: 'create' });
    const job = await runRecordImport(database.db, database.mutations, file, 'names.csv', { ...settings, records: { ...(settings.records as NonNullable<ImportSettings['records']>), matchOn: 'name' } }, { dryRun: false });
    expect(job.summary.counts).toMatchObject({ created: 1, skipped: 1 });
    expect(job.summary.skippedRows).toEqual([{ rowNumber: 2, reason: 'A company with this name already exists' }]);
  });
});

describe('importing tasks', () => {
  it('creates tasks linked to what exists; a link that names nothing refuses the row', async () => {
    const database = await openTestDatabase();
    const { db, mutations } = database;
    const { jane, katherine, nasa, pipeline, stages } = await seedWorkspace(database);
    const gemini = await mutations.create('deals', { title: 'Gemini upsell', pipelineId: pipeline.id, stageId: stages.qualified, position: 'a0' });
    for (const position of ['a1', 'a2']) await mutations.create('deals', { title: 'Twin', pipelineId: pipeline.id, stageId: stages.qualified, position });
    const job = await importRecords(database, 'tasks.csv', 'tasks');
    expect(job.summary.counts).toEqual({ created: 2, updated: 0, merged: 0, skipped: 0, failed: 6 });
    expect(failures(job)).toEqual([
      [4, 'Contact Email: no contact has the email nobody@example.com'],
      [5, 'Type: "Lunch" is not a task type (call, follow-up, meeting, email, to-do)'],
      [6, 'Company: no company is named "Unknown Corp" or has it as its domain'],
      [7, 'Deal: no deal has the title or external id "No such deal"'],
      [8, 'Row: A task needs a title'],
      [9, 'Deal: several deals are titled "Twin"; use the deal\'s external id'],
    ]);
    const tasks = await db.tasks.orderBy('[deleted+dueAt]').toArray();
    const call = tasks.find((task) => task.title === 'Call Katherine');
    expect(call).toMatchObject({ type: 'call', dueAt: new Date('2025-06-01T10:00:00').toISOString(), assigneeId: jane.id, contactId: katherine.id, companyId: nasa.id, dealId: gemini.id, about: 'Ask about the renewal', completedAt: null });
    const proposal = tasks.find((task) => task.title === 'Send proposal');
    expect(proposal).toMatchObject({ type: 'email', dueAt: new Date('2025-06-02T00:00:00').toISOString(), companyId: nasa.id, completedAt: job.createdAt });

    expect(await revertImport(db, mutations, job)).toMatchObject({ removedRecords: 2 });
    expect((await db.tasks.toArray()).every((task) => task.deleted === 1)).toBe(true);
  });
});

describe('importing events', () => {
  it('appends events to contacts by email, external id or visitor id, making the missing ones as the ingest API does', async () => {
    const database = await openTestDatabase();
    const { db, mutations } = database;
    const katherine = await mutations.create('contacts', { firstName: 'Katherine', email: 'katherine@example.com' });
    const user42 = await mutations.create('contacts', { firstName: 'Forty-two', externalId: 'u-42' });
    const job = await importRecords(database, 'events.csv', 'events');
    expect(job.summary.counts).toEqual({ created: 5, updated: 0, merged: 0, skipped: 0, failed: 3 });
    expect(failures(job)).toEqual([
      [7, 'Row: An event needs a time'],
      [8, 'Row: No contact: the row has no contact external id, email or visitor id'],
      [9, 'Value: "-5" is negative'],
    ]);
    const visitor = await db.contacts.where('visitorId').equals('v-anon-1').first();
    const newcomer = await db.contacts.where('email').equals('new@example.com').first();
    expect(visitor).toMatchObject({ status: 'visitor' });
    expect(newcomer).toMatchObject({ status: 'lead' });
    expect(job.summary.createdContactIds?.sort()).toEqual([visitor?.id, newcomer?.id].sort());
    const events = (await readAllRecords(db, 'events')).sort((a, b) => String(a.time).localeCompare(String(b.time)));
    expect(events.map((event) => [event.name, event.contactId])).toEqual([
      ['Page visit', katherine.id],
      ['Purchase', user42.id],
      ['Page visit', visitor?.id],
      ['Page visit', visitor?.id],
      ['Signup', newcomer?.id],
    ]);
    expect(events[0]).toMatchObject({ time: '2025-05-01T10:00:00.000Z', kind: 'simple', properties: { page: '/pricing', campaign: 'spring' } });
    expect(events[1]).toMatchObject({ time: new Date('2025-05-02T14:30:00').toISOString(), kind: 'product', productName: 'Pro plan', valueMinor: 4990, properties: { page: '/checkout' } });
    await expect(revertImport(db, mutations, job)).rejects.toThrow('Events are append-only');
  });
});

describe('resuming an interrupted import of records', { timeout: 60_000 }, () => {
  const rowCount = 5000;
  // Row 4,002 repeats the company of row 11, with an industry.
  const lines = Array.from({ length: rowCount }, (_, index) => `Company ${index},c${index}.com,`);
  lines.splice(4000, 0, 'Company 9,c9.com,Shipping');
  const csv = `Name,Domain,Industry\n${lines.join('\n')}\n`;
  // Its bytes stop arriving part way, as when the app was closed during the import.
  const cutOff = new Blob([csv]);
  const delivered = Math.floor(csv.length * 0.6);
  cutOff.slice = (start = 0, end = csv.length) =>
    start < delivered ? Blob.prototype.slice.call(cutOff, start, Math.min(end, delivered)) : ({ arrayBuffer: () => new Promise<ArrayBuffer>(() => undefined) } as Blob);

  it('goes on from the row after the last committed chunk, creating every company once', async () => {
    const { db, mutations } = await openTestDatabase();
    const file = new Blob([csv]);
    const settings = await recordWizardDefaults(db, file, 'companies');
    void runRecordImport(db, mutations, cutOff, 'companies.csv', settings, { dryRun: false });
    await vi.waitFor(async () => expect((await db.importJobs.toArray())[0]?.summary).toMatchObject({ resume: { committedThroughRow: 2000 } }), { timeout: 30_000, interval: 50 });
    const [job] = (await db.importJobs.toArray()) as ImportJob[];
    expect(await db.companies.count()).toBe(1999);

    const resumed = await runRecordImport(db, mutations, file, 'companies.csv', job?.summary.resume?.settings as ImportSettings, { dryRun: false, resume: job });
    expect(resumed.summary.counts).toEqual({ created: rowCount, updated: 0, merged: 1, skipped: 0, failed: 0 });
    const companies = await db.companies.toArray();
    expect(new Set(companies.map((company) => company.domain)).size).toBe(rowCount);
    expect(companies.find((company) => company.domain === 'c9.com')).toMatchObject({ industry: 'Shipping' });
  });
});
