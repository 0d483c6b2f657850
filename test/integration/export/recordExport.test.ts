import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { standardCompanyColumns } from '@shared/domain/companies/companyColumns';
import { customAttributeColumns } from '@shared/domain/contactColumns';
import { buildRecordsCsv } from '@renderer/modules/export/utils/buildRecordsCsv';
import { companyExportColumns } from '@renderer/modules/export/utils/companyExportColumns';
import { dealExportColumns, standardDealExportFields } from '@renderer/modules/export/utils/dealExportColumns';
import { taskExportColumns, taskExportFields } from '@renderer/modules/export/utils/taskExportColumns';
import { standardTicketExportFields, ticketExportColumns } from '@renderer/modules/export/utils/ticketExportColumns';
import { openTestDatabase } from '../../helpers/testDatabase';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;

const plain = { byteOrderMark: false, neutralizeFormulas: false };
const guarded = { byteOrderMark: true, neutralizeFormulas: true };

// Every row of a CSV file as cells, the byte-order mark dropped.
function parsed(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim(), { newline: '\r\n' }).data;
}

async function exportAll<Row extends { id: string }>(rows: Row[], columns: Parameters<typeof buildRecordsCsv<Row>>[2], options = plain): Promise<string> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return buildRecordsCsv([...byId.keys()], (id) => byId.get(id), columns, options);
}

async function workspace(): Promise<Database & { ownerId: string; owners: Map<string, string> }> {
  const database = await openTestDatabase();
  const owner = await database.mutations.create('teamMembers', { name: 'Ada Agent', email: 'ada@outpost.test' });
  return { ...database, ownerId: owner.id, owners: new Map([[owner.id, owner.name]]) };
}

const pick = <Column extends { id: string }>(columns: readonly Column[], ids: readonly string[]) => ids.map((id) => columns.find((column) => column.id === id) as Column);

describe('exporting companies to CSV', () => {
  it('writes the chosen columns with the name as written, owners by name and custom attributes by option label', async () => {
    const { db, mutations, ownerId, owners } = await workspace();
    await mutations.create('attributeDefinitions', { entity: 'company', key: 'tier', label: 'Tier', type: 'choice', options: [{ value: 'gold', label: 'Gold' }] });
    await mutations.create('companies', { name: 'Ørsted Wind', domain: 'orsted.test', city: 'Fredericia', size: 120, ownerId, custom: { tier: 'gold' } });
    await mutations.create('companies', { name: '=HYPERLINK("http://evil.example")', domain: 'evil.test' });
    const rows = (await db.companies.toArray()).map((company) => ({ ...company, employeeCount: 0 }));
    const columns = pick([...standardCompanyColumns, ...customAttributeColumns('company', await db.attributeDefinitions.toArray())], ['sortName', 'domain', 'size', 'city', 'ownerId', 'custom.tier']);

    const data = parsed(await exportAll(rows, companyExportColumns(columns, owners)));
    expect(data[0]).toEqual(['Name', 'Domain', 'Size', 'City', 'Owner', 'Tier']);
    expect(data).toContainEqual(['Ørsted Wind', 'orsted.test', '120', 'Fredericia', 'Ada Agent', 'Gold']);

    const guardedCsv = await exportAll(rows, companyExportColumns(columns, owners), guarded);
    expect(guardedCsv.startsWith('\uFEFFName,')).toBe(true);
    expect(parsed(guardedCsv)).toContainEqual(['\'=HYPERLINK("http://evil.example")', 'evil.test', '', '', '', '']);
  });
});

describe('exporting deals to CSV', () => {
  it('writes stages, owners and companies by name and values in major units of their currency', async () => {
    const { db, mutations, ownerId, owners } = await workspace();
    const pipeline = await mutations.create('pipelines', { name: 'Sales', order: 'a0' });
    const stage = await mutations.create('stages', { pipelineId: pipeline.id, name: 'Proposal', order: 'a0', probability: 50 });
    const acme = await mutations.create('companies', { name: 'Acme' });
    await mutations.create('deals', { title: 'Acme renewal', valueMinor: 1_234_550, currency: 'EUR', pipelineId: pipeline.id, stageId: stage.id, position: 'a0', ownerId, companyId: acme.id, expectedCloseDate: '2027-01-31' });
    await mutations.create('deals', { title: 'Tokyo pilot', valueMinor: 500_000, currency: 'JPY', pipelineId: pipeline.id, stageId: stage.id, position: 'a1', status: 'lost', lostReason: 'Budget' });
    const columns = pick(standardDealExportFields, ['title', 'stageId', 'valueMinor', 'currency', 'status', 'lostReason', 'expectedCloseDate', 'ownerId', 'companyId']);

    const data = parsed(await exportAll(await db.deals.toArray(), dealExportColumns(columns, { stages: new Map([[stage.id, stage.name]]), owners, companies: new Map([[acme.id, acme.name]]) })));
    expect(data[0]).toEqual(['Deal', 'Stage', 'Value', 'Currency', 'Status', 'Lost reason', 'Expected close', 'Owner', 'Company']);
    expect(data).toContainEqual(['Acme renewal', 'Proposal', '12345.50', 'EUR', 'Open', '', '2027-01-31', 'Ada Agent', 'Acme']);
    expect(data).toContainEqual(['Tokyo pilot', 'Proposal', '500000', 'JPY', 'Lost', 'Budget', '', '', '']);
  });
});

describe('exporting tasks to CSV', () => {
  it('writes the type label, due and done times, the assignee and linked records by name', async () => {
    const { db, mutations, ownerId, owners } = await workspace();
    const zoe = await mutations.create('contacts', { firstName: 'Zoë', lastName: 'Lee', email: 'zoe@example.test' });
    await mutations.create('tasks', { title: 'Call Zoë back', type: 'call', dueAt: '2026-12-05T09:30:00.000Z', assigneeId: ownerId, contactId: zoe.id });
    await mutations.create('tasks', { title: '+ send the quote', type: 'email', completedAt: '2026-12-04T16:00:00.000Z' });
    const columns = pick(taskExportFields, ['title', 'type', 'dueAt', 'completedAt', 'assigneeId', 'contactId', 'dealId']);
    const names = { members: owners, contacts: new Map([[zoe.id, 'Zoë Lee']]), companies: new Map<string, string>(), deals: new Map<string, string>() };

    const data = parsed(await exportAll(await db.tasks.toArray(), taskExportColumns(columns, names), guarded));
    expect(data[0]).toEqual(['Task', 'Type', 'Due', 'Done at', 'Assignee', 'Contact', 'Deal']);
    expect(data).toContainEqual(['Call Zoë back', 'Call', '2026-12-05T09:30:00.000Z', '', 'Ada Agent', 'Zoë Lee', '']);
    expect(data).toContainEqual(["'+ send the quote", 'Email', '', '2026-12-04T16:00:00.000Z', '', '', '']);
  });
});

describe('exporting tickets to CSV', () => {
  it('writes status and priority labels, the category, tags, people and custom attributes by name', async () => {
    const { db, mutations, ownerId, owners } = await workspace();
    await mutations.create('attributeDefinitions', { entity: 'ticket', key: 'channel', label: 'Channel', type: 'text' });
    const billing = await mutations.create('ticketCategories', { name: 'Billing' });
    const vip = await mutations.create('tags', { name: 'VIP', color: 'red' });
    const urgent = await mutations.create('tags', { name: 'Escalated', color: 'orange' });
    const zoe = await mutations.create('contacts', { firstName: 'Zoë', lastName: 'Lee', email: 'zoe@example.test' });
    await mutations.create('tickets', { subject: 'Invoice twice', status: 'pending', priority: 'urgent', category: billing.id, tagIds: [vip.id, urgent.id], assigneeId: ownerId, contactId: zoe.id, custom: { channel: 'phone' } });
    await mutations.create('tickets', { subject: 'Old one', category: 'Legacy name' });
    const columns = pick([...standardTicketExportFields, ...customAttributeColumns('ticket', await db.attributeDefinitions.toArray())], ['subject', 'status', 'priority', 'category', 'tagIds', 'assigneeId', 'contactId', 'custom.channel']);
    const names = {
      contacts: new Map([[zoe.id, 'Zoë Lee']]),
      members: owners,
      categories: new Map([[billing.id, billing.name]]),
      companies: new Map<string, string>(),
      tags: new Map([
        [vip.id, vip.name],
        [urgent.id, urgent.name],
      ]),
    };

    const data = parsed(await exportAll(await db.tickets.toArray(), ticketExportColumns(columns, names)));
    expect(data[0]).toEqual(['Subject', 'Status', 'Priority', 'Category', 'Tags', 'Assignee', 'Contact', 'Channel']);
    expect(data).toContainEqual(['Invoice twice', 'Pending', 'Urgent', 'Billing', 'Escalated | VIP', 'Ada Agent', 'Zoë Lee', 'phone']);
    // A category no longer in Settings exports as the ticket stored it.
    expect(data).toContainEqual(['Old one', 'Open', 'Normal', 'Legacy name', '', '', '', '']);
  });
});

describe('writing a large CSV', () => {
  it('keeps every row once and in order across the steps it is written in, with the byte-order mark and formula guard', async () => {
    const rows = Array.from({ length: 1203 }, (_, index) => ({ id: `row-${String(index).padStart(4, '0')}`, note: index % 100 === 0 ? `=SUM(A${index})` : `note ${index}` }));
    const progress: Array<[number, number]> = [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const csv = await buildRecordsCsv([...byId.keys(), 'gone'], (id) => byId.get(id), [{ header: 'Id', cell: (row) => row.id }, { header: 'Note', cell: (row) => row.note }], guarded, (done, total) => progress.push([done, total]));

    expect(csv.startsWith('\uFEFFId,Note\r\n')).toBe(true);
    expect(csv.endsWith('row-1202,note 1202\r\n')).toBe(true);
    const data = parsed(csv);
    expect(data).toHaveLength(1204);
    expect(data.slice(1).map(([id]) => id)).toEqual(rows.map((row) => row.id));
    expect(data[101]).toEqual(['row-0100', "'=SUM(A100)"]);
    expect(progress.at(-1)).toEqual([1204, 1204]);
  });
});
