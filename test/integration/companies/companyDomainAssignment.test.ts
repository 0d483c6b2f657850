import { describe, expect, it, vi } from 'vitest';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { expandRecordWrite } from '@shared/sync/recordWrite';
import { linkRowId } from '@renderer/db/derivedFields';
import { applyPulledPage } from '@renderer/db/sync/applyPulledPage';
import { saveDomainAssignmentSetting } from '@renderer/modules/companies/utils/domainAssignmentSetting';
import { startDomainAssignment } from '@renderer/modules/companies/utils/startDomainAssignment';
import { openTestDatabase } from '../../helpers/testDatabase';

async function assigningWorkspace() {
  const database = await openTestDatabase();
  const acme = await database.mutations.create('companies', { name: 'Acme', domain: 'acme.com' });
  const errors: unknown[] = [];
  const stop = startDomainAssignment(database, (error) => errors.push(error));
  return { ...database, acme, errors, stop };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('assigning companies by email domain', () => {
  it('adds a contact created on this device to the company of its domain, subdomains and case included', async () => {
    const { db, mutations, acme, errors } = await assigningWorkspace();
    const ann = await mutations.create('contacts', { firstName: 'Ann', email: 'Ann@Sales.ACME.com' });
    await vi.waitFor(async () => expect((await db.contacts.get(ann.id))?.companyIds).toEqual([acme.id]));
    expect(await db.memberships.get(linkRowId('memberships', ann.id, acme.id))).toMatchObject({ primary: true, role: '' });
    expect(errors).toEqual([]);
  });

  it('never matches free mail, even with a company on that domain', async () => {
    const { db, mutations } = await assigningWorkspace();
    await mutations.create('companies', { name: 'Google', domain: 'gmail.com' });
    const dan = await mutations.create('contacts', { firstName: 'Dan', email: 'dan@gmail.com' });
    await settle();
    expect((await db.contacts.get(dan.id))?.companyIds).toEqual([]);
    expect(await db.memberships.count()).toBe(0);
  });

  it('assigns when the email changes to a company domain, and imports (createMany) too', async () => {
    const { db, mutations, acme } = await assigningWorkspace();
    const eve = await mutations.create('contacts', { firstName: 'Eve', email: 'eve@gmail.com' });
    await mutations.update('contacts', eve.id, { email: 'eve@acme.com' });
    const imported = await mutations.createMany('contacts', [{ email: 'x@acme.com' }, { email: 'y@acme.com' }, { email: 'z@yahoo.com' }]);
    await vi.waitFor(async () => expect((await db.contacts.get(eve.id))?.companyIds).toEqual([acme.id]));
    await vi.waitFor(async () => expect((await db.contacts.bulkGet(imported)).map((contact) => contact?.companyIds)).toEqual([[acme.id], [acme.id], []]));
  });

  it('does not bring back a membership someone removed when the contact is written again', async () => {
    const { db, mutations, acme } = await assigningWorkspace();
    const ann = await mutations.create('contacts', { firstName: 'Ann', email: 'ann@acme.com' });
    const pair = linkRowId('memberships', ann.id, acme.id);
    await vi.waitFor(async () => expect((await db.memberships.get(pair))?.deleted).toBe(0));
    await mutations.softDelete('memberships', [pair], 'Removed');
    await mutations.update('contacts', ann.id, { email: 'ann.b@acme.com' });
    await settle();
    expect((await db.memberships.get(pair))?.deleted).toBe(1);
  });

  it('creates the company when none matches only when asked, one per domain', async () => {
    const { db, mutations } = await assigningWorkspace();
    const before = await mutations.create('contacts', { email: 'a@initech.com' });
    await settle();
    expect((await db.contacts.get(before.id))?.companyIds).toEqual([]);

    await saveDomainAssignmentSetting(db, { enabled: true, createCompanies: true });
    const ids = await mutations.createMany('contacts', [{ email: 'b@initech.com' }, { email: 'c@it.initech.com' }, { email: 'd@outlook.com' }]);
    await vi.waitFor(async () => expect((await db.companies.where('domain').equals('initech.com').toArray()).map((company) => company.name)).toEqual(['Initech']));
    const [initech] = await db.companies.where('domain').equals('initech.com').toArray();
    await vi.waitFor(async () => expect((await db.contacts.bulkGet(ids)).map((contact) => contact?.companyIds)).toEqual([[initech?.id], [initech?.id], []]));
  });

  it('does nothing when turned off', async () => {
    const { db, mutations } = await assigningWorkspace();
    await saveDomainAssignmentSetting(db, { enabled: false, createCompanies: true });
    const ann = await mutations.create('contacts', { email: 'ann@acme.com' });
    await settle();
    expect((await db.contacts.get(ann.id))?.companyIds).toEqual([]);
  });

  it('leaves contacts pulled from another device to that device', async () => {
    const { db, clock, mutations } = await assigningWorkspace();
    // A second later than this device's writes, so only the node id tells the pulled write apart.
    const other = new HybridLogicalClock('otherdevice', { now: () => Date.now() + 1000 });
    const hlc = other.next();
    const changes = expandRecordWrite({ table: 'contacts', rowId: 'pulled-1', hlc, fields: { firstName: 'Pat', email: 'pat@acme.com', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), deleted: 0 } });
    for (const [table, rows] of await applyPulledPage(db, clock, changes, null)) mutations.announce(table, rows);
    await settle();
    expect((await db.contacts.get('pulled-1'))?.companyIds).toEqual([]);
  });

  it('leaves earlier writes of this device alone when they come back, say after a lost database downloads again', async () => {
    const { db, clock, mutations } = await assigningWorkspace();
    const before = new HybridLogicalClock(clock.node, { now: () => Date.now() - 60_000 });
    const changes = expandRecordWrite({ table: 'contacts', rowId: 'old-1', hlc: before.next(), fields: { firstName: 'Old', email: 'old@acme.com', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), deleted: 0 } });
    for (const [table, rows] of await applyPulledPage(db, clock, changes, null)) mutations.announce(table, rows);
    await settle();
    expect((await db.contacts.get('old-1'))?.companyIds).toEqual([]);
  });

  it('stops following writes once stopped', async () => {
    const { db, mutations, stop } = await assigningWorkspace();
    stop();
    const ann = await mutations.create('contacts', { email: 'ann@acme.com' });
    await settle();
    expect((await db.contacts.get(ann.id))?.companyIds).toEqual([]);
  });
});
