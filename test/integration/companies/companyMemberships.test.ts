import { describe, expect, it } from 'vitest';
import { linkRowId } from '@renderer/db/derivedFields';
import { addContactsToCompany } from '@renderer/modules/companies/utils/addContactsToCompany';
import { updateMembership } from '@renderer/modules/companies/utils/updateMembership';
import { openTestDatabase } from '../../helpers/testDatabase';

async function workspace() {
  const database = await openTestDatabase();
  const { mutations } = database;
  const acme = await mutations.create('companies', { name: 'Acme', domain: 'acme.com' });
  const globex = await mutations.create('companies', { name: 'Globex', domain: 'globex.com' });
  const ann = await mutations.create('contacts', { firstName: 'Ann', email: 'ann@example.org' });
  const bob = await mutations.create('contacts', { firstName: 'Bob', email: 'bob@example.org' });
  return { ...database, acme, globex, ann, bob };
}

describe('company memberships', () => {
  it('adds contacts with a role and since-date, primary for a first company, and derives companyIds', async () => {
    const { db, mutations, acme, ann, bob } = await workspace();
    await addContactsToCompany(db, mutations, acme.id, [ann, bob], { role: 'Buyer', since: '2025-03-01' }, 'Added 2 contacts to Acme');
    const membership = await db.memberships.get(linkRowId('memberships', ann.id, acme.id));
    expect(membership).toMatchObject({ contactId: ann.id, companyId: acme.id, role: 'Buyer', since: '2025-03-01', primary: true, deleted: 0 });
    expect((await db.contacts.get(bob.id))?.companyIds).toEqual([acme.id]);
  });

  it('keeps the role of contacts already at the company and a second company is not primary', async () => {
    const { db, mutations, acme, globex, ann } = await workspace();
    await addContactsToCompany(db, mutations, acme.id, [ann], { role: 'Buyer', since: null }, 'Added');
    const withAcme = (await db.contacts.get(ann.id))!;
    await addContactsToCompany(db, mutations, acme.id, [withAcme], { role: 'CEO', since: null }, 'Added again');
    await addContactsToCompany(db, mutations, globex.id, [withAcme], { role: 'Advisor', since: null }, 'Added to Globex');
    expect((await db.memberships.get(linkRowId('memberships', ann.id, acme.id)))?.role).toBe('Buyer');
    expect((await db.memberships.get(linkRowId('memberships', ann.id, globex.id)))?.primary).toBe(false);
    expect([...((await db.contacts.get(ann.id))?.companyIds ?? [])].sort()).toEqual([acme.id, globex.id].sort());
  });

  it('keeps one primary company per contact when another is made primary', async () => {
    const { db, mutations, acme, globex, ann } = await workspace();
    await addContactsToCompany(db, mutations, acme.id, [ann], { role: '', since: null }, 'Added');
    await addContactsToCompany(db, mutations, globex.id, [(await db.contacts.get(ann.id))!], { role: '', since: null, primary: true }, 'Added as primary');
    expect((await db.memberships.get(linkRowId('memberships', ann.id, acme.id)))?.primary).toBe(false);
    expect((await db.memberships.get(linkRowId('memberships', ann.id, globex.id)))?.primary).toBe(true);

    const acmeMembership = (await db.memberships.get(linkRowId('memberships', ann.id, acme.id)))!;
    await updateMembership(db, mutations, acmeMembership, { primary: true, role: 'Founder', since: '2020-01-01' });
    expect(await db.memberships.get(acmeMembership.id)).toMatchObject({ primary: true, role: 'Founder', since: '2020-01-01' });
    expect((await db.memberships.get(linkRowId('memberships', ann.id, globex.id)))?.primary).toBe(false);
  });

  it('undoes a bulk add in one step and a removal brings the contact out of the company', async () => {
    const { db, mutations, acme, ann, bob } = await workspace();
    await addContactsToCompany(db, mutations, acme.id, [ann, bob], { role: '', since: null }, 'Added 2 contacts to Acme');
    await mutations.undoLast();
    expect((await db.contacts.get(ann.id))?.companyIds).toEqual([]);
    expect((await db.memberships.get(linkRowId('memberships', bob.id, acme.id)))?.deleted).toBe(1);

    await addContactsToCompany(db, mutations, acme.id, [ann], { role: '', since: null }, 'Added Ann');
    await mutations.softDelete('memberships', [linkRowId('memberships', ann.id, acme.id)], 'Removed Ann from Acme');
    expect((await db.contacts.get(ann.id))?.companyIds).toEqual([]);
  });
});
