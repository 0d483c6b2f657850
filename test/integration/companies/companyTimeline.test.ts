import { describe, expect, it } from 'vitest';
import { companyTimeline, readCompanyRecords } from '@renderer/modules/companies/utils/readCompanyActivity';
import { openTestDatabase } from '../../helpers/testDatabase';

const hourMs = 60 * 60 * 1000;

describe("a company's timeline", () => {
  it('holds its tasks and tickets beside its notes, newest first, with the assignees named and the trash and other companies left out', async () => {
    const { db, mutations } = await openTestDatabase();
    const acme = await mutations.create('companies', { name: 'Acme' });
    const globex = await mutations.create('companies', { name: 'Globex' });
    const jo = await mutations.create('teamMembers', { name: 'Jo Ortiz', email: 'jo@outpost.test' });
    const base = Date.now();
    const iso = (hours: number) => new Date(base + hours * hourMs).toISOString();

    const note = await mutations.create('notes', { kind: 'note', body: 'Met their CTO', companyId: acme.id });
    const overdue = await mutations.create('tasks', { title: 'Call about the renewal', type: 'call', dueAt: iso(-2), assigneeId: jo.id, companyId: acme.id });
    const done = await mutations.create('tasks', { title: 'Send the quote', type: 'email', dueAt: iso(-3), completedAt: iso(-2.5), companyId: acme.id });
    const upcoming = await mutations.create('tasks', { title: 'Visit the plant', type: 'meeting', dueAt: iso(48), companyId: acme.id });
    const ticket = await mutations.create('tickets', { subject: 'Invoices arrive twice', priority: 'high', assigneeId: jo.id, companyId: acme.id });
    const trashed = await mutations.create('tasks', { title: 'Deleted task', companyId: acme.id });
    await mutations.softDelete('tasks', [trashed.id], 'Deleted task');
    const trashedTicket = await mutations.create('tickets', { subject: 'Deleted ticket', companyId: acme.id });
    await mutations.softDelete('tickets', [trashedTicket.id], 'Deleted ticket');
    await mutations.create('tasks', { title: 'Globex task', companyId: globex.id });
    await mutations.create('tickets', { subject: 'Globex ticket', companyId: globex.id });

    const now = new Date(base + hourMs);
    const entries = companyTimeline(await readCompanyRecords(db, acme.id), now);
    // Open tasks due later sit at the time they were planned; the past ones at their due time.
    const expected = [
      { key: `tickets:${ticket.id}`, time: ticket.createdAt },
      { key: `tasks:${upcoming.id}`, time: upcoming.createdAt },
      { key: `notes:${note.id}`, time: note.createdAt },
      { key: `tasks:${overdue.id}`, time: iso(-2) },
      { key: `tasks:${done.id}`, time: iso(-3) },
    ].sort((a, b) => (a.time === b.time ? (a.key < b.key ? 1 : -1) : a.time < b.time ? 1 : -1));
    expect(entries.map((entry) => ({ key: entry.key, time: entry.time }))).toEqual(expected);

    const byKey = new Map(entries.map((entry) => [entry.key, entry]));
    expect(byKey.get(`tasks:${overdue.id}`)).toMatchObject({ kind: 'task', title: 'Call about the renewal', overdue: true, details: expect.arrayContaining(['call', 'Assigned to Jo Ortiz']) });
    expect(byKey.get(`tasks:${done.id}`)?.overdue).toBeUndefined();
    expect(byKey.get(`tasks:${done.id}`)?.details.some((detail) => detail.startsWith('Done '))).toBe(true);
    expect(byKey.get(`tasks:${upcoming.id}`)?.details).toContain('Open');
    expect(byKey.get(`tickets:${ticket.id}`)).toMatchObject({ kind: 'ticket', title: 'Invoices arrive twice', to: `/tickets/${ticket.id}`, details: ['open', 'high priority', 'Assigned to Jo Ortiz'] });
  });
});
