import { countCapture, type CaptureEvent } from '@shared/capture/captureEvent';
import { linkRowId } from '../../../db/derivedFields';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import { newMemberships } from '../../companies/utils/addContactsToCompany';
import type { FormAttribute } from '../../contacts/utils/contactFormValues';
import { emptyNamedIdCache, resolveNamedIds } from '../../import/utils/resolveNamedIds';
import { foldText } from '@shared/text/foldText';
import { ensureCaptureAttributes } from './captureAttributes';
import { toCaptureContact, type CaptureFormValues } from './captureFormValues';
import { captureStatsKey, localDay, readCaptureStats } from './captureSettings';

// Every table one capture writes: the contact, its event links, its company, the counters.
export const captureTables = ['contacts', 'contactTags', 'contactLists', 'memberships', 'companies', 'attributeDefinitions', 'outbox', 'syncMeta', 'settings'];

export type CaptureSaveInput = {
  values: CaptureFormValues;
  attributes: FormAttribute[];
  event: CaptureEvent | null;
  // A reopened capture: only what changed since it was loaded (`initial`) is written.
  editing: { contact: StoredRecord<'contacts'>; initial: CaptureFormValues } | null;
};

// The company typed or picked: an offered company by id, else one by that name (created when
// there is none).
async function resolveCompanyId(db: OutpostDb, mutations: MutationLayer, values: CaptureFormValues): Promise<string | null> {
  const name = values.company.trim();
  if (!name) return null;
  if (values.companyId) return values.companyId;
  const ids = await resolveNamedIds(db, mutations, 'companies', [name], emptyNamedIdCache());
  return ids.get(foldText(name)) ?? null;
}

// Joins the company (primary when it is the contact's first) with the job title as role; a
// member already there gets the new title only with `replaceRole`.
export async function joinCompany(db: OutpostDb, mutations: MutationLayer, contact: StoredRecord<'contacts'>, values: CaptureFormValues, replaceRole: boolean): Promise<void> {
  const companyId = await resolveCompanyId(db, mutations, values);
  if (!companyId) return;
  const role = values.jobTitle.trim();
  const existing = await db.memberships.get(linkRowId('memberships', contact.id, companyId));
  if (existing && existing.deleted === 0) {
    if (role && existing.role !== role && (replaceRole || !existing.role)) await mutations.update('memberships', existing.id, { role });
    return;
  }
  await mutations.createMany('memberships', newMemberships(companyId, [{ id: contact.id, companyIds: contact.companyIds.filter((id) => id !== companyId) }], { role, since: null }));
}

// Adds the event's tags and list to a contact, leaving those it has.
export async function linkToEvent(mutations: MutationLayer, contact: StoredRecord<'contacts'>, event: CaptureEvent | null): Promise<void> {
  if (!event) return;
  const tagIds = event.tagIds.filter((tagId) => !contact.tagIds.includes(tagId));
  if (tagIds.length > 0) await mutations.createMany('contactTags', tagIds.map((tagId) => ({ contactId: contact.id, tagId })));
  if (event.listId && !contact.listIds.includes(event.listId)) await mutations.create('contactLists', { contactId: contact.id, listId: event.listId });
}

export async function countInStats(db: OutpostDb, contactId: string, event: CaptureEvent | null, isNew: boolean): Promise<void> {
  const stats = await readCaptureStats(db);
  await db.settings.put({ key: captureStatsKey, value: countCapture(stats, contactId, event?.id ?? null, localDay(), isNew) });
}

// The contact as stored once the capture committed, told to the mutation layer's listeners
// (the contact list's snapshot) once more: inside one outer transaction the writes are announced
// in reverse (Dexie runs a transaction's complete listeners last-subscribed first), so the
// contact's first announcement, without its tags, would otherwise come last.
export async function announceStored(db: OutpostDb, mutations: MutationLayer, contactId: string): Promise<StoredRecord<'contacts'>> {
  const stored = await db.contacts.get(contactId);
  if (!stored) throw new Error('The capture was not stored');
  mutations.announce('contacts', [stored]);
  return stored;
}

// Saves one capture in ONE transaction: the contact, its tags, list and company, and the
// counters. The promise resolves only once IndexedDB has committed it, so the form clears
// only for a contact that is stored; a validation error writes nothing.
export async function saveCapture(db: OutpostDb, mutations: MutationLayer, { values, attributes, event, editing }: CaptureSaveInput): Promise<StoredRecord<'contacts'>> {
  const patch = toCaptureContact(values, attributes, editing?.initial);
  const saved = await db.transaction('rw', captureTables, async () => {
    await ensureCaptureAttributes(db, mutations);
    let contact: StoredRecord<'contacts'>;
    if (editing) contact = Object.keys(patch).length > 0 ? await mutations.update('contacts', editing.contact.id, patch) : editing.contact;
    else contact = await mutations.create('contacts', { ...patch, ownerId: event?.ownerId ?? null, source: event ? event.source || event.name : 'Capture' });
    if (!editing || values.company !== editing.initial.company || values.jobTitle !== editing.initial.jobTitle) await joinCompany(db, mutations, contact, values, true);
    if (!editing) await linkToEvent(mutations, contact, event);
    await countInStats(db, contact.id, event, !editing);
    return contact;
  });
  return announceStored(db, mutations, saved.id);
}
