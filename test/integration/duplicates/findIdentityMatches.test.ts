import { describe, expect, it } from 'vitest';
import { findIdentityMatches } from '@renderer/modules/duplicates/utils/findIdentityMatches';
import { openTestDatabase } from '../../helpers/testDatabase';

describe('finding who an email or phone number already belongs to', () => {
  it('finds live contacts with the same stored email or phone, never the contact itself', async () => {
    const { db, mutations } = await openTestDatabase();
    const ann = await mutations.create('contacts', { firstName: 'Ann', email: 'ann@example.com' });
    const bob = await mutations.create('contacts', { firstName: 'Bob', phone: '+4930123456' });
    const gone = await mutations.create('contacts', { firstName: 'Gone', email: 'ann@example.com' });
    await mutations.softDelete('contacts', [gone.id], 'Deleted Gone');
    const visitor = await mutations.create('contacts', { visitorId: 'v-1' });

    const matches = await findIdentityMatches(db, { contactId: visitor.id, email: '  ANN@example.com ', phone: '030 123456', defaultCountry: 'DE' });
    expect(matches.map(({ contact, sameEmail, samePhone }) => [contact.id, sameEmail, samePhone])).toEqual([
      [ann.id, true, false],
      [bob.id, false, true],
    ]);
    expect(await findIdentityMatches(db, { contactId: ann.id, email: 'ann@example.com', phone: null })).toEqual([]);
  });

  it('matches nothing while the email or number is still being typed', async () => {
    const { db, mutations } = await openTestDatabase();
    await mutations.create('contacts', { firstName: 'Ann', email: 'ann@example.com' });
    expect(await findIdentityMatches(db, { contactId: null, email: 'ann@', phone: '030' })).toEqual([]);
  });
});
