import { describe, expect, it } from 'vitest';
import { linkRowId } from '@renderer/db/derivedFields';
import { RecordValidationError } from '@renderer/db/errors';
import { emptyCaptureValues, type CaptureFormValues } from '@renderer/modules/capture/utils/captureFormValues';
import { readCaptureStats } from '@renderer/modules/capture/utils/captureSettings';
import { findCaptureDuplicates } from '@renderer/modules/capture/utils/findCaptureDuplicates';
import { saveCapture } from '@renderer/modules/capture/utils/saveCapture';
import { updateFromCapture } from '@renderer/modules/capture/utils/updateFromCapture';
import type { CaptureEvent } from '@shared/capture/captureEvent';
import { openTestDatabase } from '../../helpers/testDatabase';

async function expo() {
  const database = await openTestDatabase();
  const { mutations } = database;
  const tag = await mutations.create('tags', { name: 'Expo Berlin' });
  const list = await mutations.create('lists', { name: 'Expo leads' });
  const event: CaptureEvent = { id: 'event-1', name: 'Expo Berlin 2026', tagIds: [tag.id], listId: list.id, ownerId: null, source: 'Expo Berlin 2026', attributeKeys: [], startedAt: new Date().toISOString() };
  return { ...database, tag, list, event };
}

const typed = (values: Partial<CaptureFormValues>): CaptureFormValues => ({ ...emptyCaptureValues([]), ...values });

describe('saving a capture', () => {
  it('stores the contact with the event tags, list, source and company (created by name) and counts it', async () => {
    const { db, mutations, event, tag, list } = await expo();
    const announced: unknown[][] = [];
    mutations.subscribe((table, rows) => table === 'contacts' && announced.push(rows.map((row) => (row as { tagIds?: string[] }).tagIds)));
    const contact = await saveCapture(db, mutations, {
      values: typed({ firstName: 'Ann', lastName: 'Lee', email: 'Ann@Example.com', phone: '+49 30 1234567', company: 'Initech', jobTitle: 'Buyer', notes: 'Wants a demo', custom: { interest_level: 'hot', contact_consent: true } }),
      attributes: [],
      event,
      editing: null,
    });
    const stored = await db.contacts.get(contact.id);
    // The contact list's snapshot ends with the contact as stored, tags included.
    expect(announced.at(-1)).toEqual([[tag.id]]);
    expect(stored).toMatchObject({ firstName: 'Ann', email: 'ann@example.com', phone: '+49301234567', about: 'Wants a demo', source: 'Expo Berlin 2026', tagIds: [tag.id], listIds: [list.id], custom: { interest_level: 'hot', contact_consent: true } });
    const company = await db.companies.filter((row) => row.name === 'Initech').first();
    expect(company).toBeDefined();
    expect(await db.memberships.get(linkRowId('memberships', contact.id, company!.id))).toMatchObject({ role: 'Buyer', primary: true });
    expect(await readCaptureStats(db)).toMatchObject({ today: 1, byEvent: { 'event-1': 1 }, recentIds: [contact.id] });
    expect((await db.attributeDefinitions.toArray()).map((row) => row.key).sort()).toEqual(['contact_consent', 'interest_level']);
  });

  it('stores the event’s own attributes and refuses a value of the wrong type by its field', async () => {
    const { db, mutations, event } = await expo();
    const attributes = [
      { key: 'booth', label: 'Booth visited', type: 'text' as const, options: [] },
      { key: 'team_size', label: 'Team size', type: 'integer' as const, options: [] },
    ];
    const contact = await saveCapture(db, mutations, { values: typed({ firstName: 'Ada', custom: { booth: 'B12', team_size: 40 } }), attributes, event, editing: null });
    expect((await db.contacts.get(contact.id))?.custom).toMatchObject({ booth: 'B12', team_size: 40 });
    await expect(saveCapture(db, mutations, { values: typed({ firstName: 'Bo', custom: { team_size: 'many' } }), attributes, event, editing: null })).rejects.toMatchObject({ issues: [{ field: 'custom.team_size', message: 'Enter a number' }] });
  });

  it('refuses a bad phone number with a message for the field and writes nothing', async () => {
    const { db, mutations, event } = await expo();
    const saving = saveCapture(db, mutations, { values: typed({ firstName: 'Bo', phone: '12' }), attributes: [], event, editing: null });
    await expect(saving).rejects.toBeInstanceOf(RecordValidationError);
    await expect(saving).rejects.toMatchObject({ issues: [{ field: 'phone' }] });
    expect(await db.contacts.count()).toBe(0);
  });

  it('a reopened capture writes only the fixed field', async () => {
    const { db, mutations, event } = await expo();
    const values = typed({ firstName: 'Jon', lastName: 'Smith', email: 'jon@example.com' });
    const contact = await saveCapture(db, mutations, { values, attributes: [], event, editing: null });
    const fixed = await saveCapture(db, mutations, { values: { ...values, firstName: 'John' }, attributes: [], event, editing: { contact, initial: values } });
    expect(fixed).toMatchObject({ firstName: 'John', email: 'jon@example.com' });
    expect(await readCaptureStats(db)).toMatchObject({ today: 1 });
  });
});

describe('duplicates while typing and updating the existing contact', () => {
  it('finds the same email, an email being typed, the same phone and a similar name at the same company', async () => {
    const { db, mutations } = await expo();
    const acme = await mutations.create('companies', { name: 'Acme' });
    const ann = await mutations.create('contacts', { firstName: 'Annabel', lastName: 'Leeson', email: 'annabel@acme.com', phone: '+4930555111' });
    await mutations.create('memberships', { contactId: ann.id, companyId: acme.id });
    const query = { firstName: '', lastName: '', email: '', phone: '', companyId: null, ignoredIds: [] };
    expect((await findCaptureDuplicates(db, { ...query, email: 'ANNABEL@acme.com' }))[0]).toMatchObject({ contact: { id: ann.id }, reasons: ['email'] });
    expect((await findCaptureDuplicates(db, { ...query, email: 'annabel@ac' }))[0]?.reasons).toEqual(['emailStart']);
    expect((await findCaptureDuplicates(db, { ...query, phone: '+49 30 555111' }))[0]?.reasons).toEqual(['phone']);
    expect((await findCaptureDuplicates(db, { ...query, firstName: 'Anabel', lastName: 'Leeson', companyId: acme.id }))[0]?.reasons).toEqual(['name', 'company']);
    expect(await findCaptureDuplicates(db, { ...query, firstName: 'Anabel', lastName: 'Leeson', ignoredIds: [ann.id] })).toEqual([]);
    // Gmail ignores dots and +tags, as the duplicate finder knows.
    const jane = await mutations.create('contacts', { firstName: 'Jane', email: 'jane.doe@gmail.com' });
    for (const email of ['jane.doe+expo@gmail.com', 'jane.doe@googlemail.com', 'JANE.DOE@gmail.com']) {
      expect((await findCaptureDuplicates(db, { ...query, email }))[0]).toMatchObject({ contact: { id: jane.id }, reasons: ['email'] });
    }
    expect(await findCaptureDuplicates(db, { ...query, firstName: 'Bob', lastName: 'Stone', email: 'bob@', phone: '+4930999' })).toEqual([]);
  });

  it('finds a colleague of the same name at the picked company among more namesakes than the name lookup reads', async () => {
    const { db, mutations } = await expo();
    await mutations.createMany('contacts', Array.from({ length: 30 }, (_, index) => ({ firstName: 'Thomas', lastName: 'Müller', email: `thomas.${index}@elsewhere.example` })));
    const acme = await mutations.create('companies', { name: 'Acme' });
    const colleague = await mutations.create('contacts', { firstName: 'Thomas', lastName: 'Müller', email: 'tm@acme.example' });
    await mutations.create('memberships', { contactId: colleague.id, companyId: acme.id });
    const query = { firstName: 'Thomas', lastName: 'Muller', email: '', phone: '', companyId: acme.id, ignoredIds: [] };
    expect((await findCaptureDuplicates(db, query))[0]).toMatchObject({ contact: { id: colleague.id }, reasons: ['name', 'company'] });
  });

  it('fills empty fields, adds the event tags and never overwrites what is there', async () => {
    const { db, mutations, event, tag } = await expo();
    const ann = await mutations.create('contacts', { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com', about: 'Met in 2025' });
    const { contact, kept } = await updateFromCapture(db, mutations, ann, typed({ firstName: 'Anne', lastName: 'Lee', email: 'ann@example.com', phone: '+49 30 1234567', notes: 'Asked for pricing' }), [], event);
    expect(contact).toMatchObject({ firstName: 'Ann', phone: '+49301234567', about: 'Met in 2025\n\nAsked for pricing', tagIds: [tag.id] });
    expect(kept).toEqual(['first name']);
  });
});
