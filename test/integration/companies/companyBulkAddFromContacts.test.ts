import { describe, expect, it } from 'vitest';
import { linkRowId } from '@renderer/db/derivedFields';
import type { StoredRecord } from '@renderer/db/rowTypes';
import { runBulkContactAction } from '@renderer/modules/contact-list/utils/bulkContactActions';
import { openTestDatabase } from '../../helpers/testDatabase';

describe('adding selected contacts to a company in bulk', () => {
  it('adds those not there yet with the role and date, primary only for a first company, as one undo step', async () => {
    const { db, mutations } = await openTestDatabase();
    const acme = await mutations.create('companies', { name: 'Acme', domain: 'acme.com' });
    const globex = await mutations.create('companies', { name: 'Globex' });
    const ids = await mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }, { firstName: 'Cat' }]);
    const [ann, bob, cat] = ids as [string, string, string];
    await mutations.create('memberships', { contactId: bob, companyId: globex.id, primary: true });
    await mutations.create('memberships', { contactId: cat, companyId: acme.id, role: 'CEO' });
    const rows = new Map((await db.contacts.bulkGet(ids)).map((contact) => [contact?.id, contact as StoredRecord<'contacts'>]));

    await runBulkContactAction(mutations, { kind: 'addToCompany', companyId: acme.id, role: 'Buyer', since: '2026-01-15' }, ids, 'Added 3 contacts to Acme', (id) => rows.get(id));

    expect(await db.memberships.get(linkRowId('memberships', ann, acme.id))).toMatchObject({ role: 'Buyer', since: '2026-01-15', primary: true });
    expect(await db.memberships.get(linkRowId('memberships', bob, acme.id))).toMatchObject({ role: 'Buyer', primary: false });
    expect((await db.memberships.get(linkRowId('memberships', cat, acme.id)))?.role).toBe('CEO');

    await mutations.undoLast();
    expect((await db.contacts.get(ann))?.companyIds).toEqual([]);
    expect((await db.contacts.get(bob))?.companyIds).toEqual([globex.id]);
    expect((await db.contacts.get(cat))?.companyIds).toEqual([acme.id]);
  });
});
