import type { CaptureEvent } from '@shared/capture/captureEvent';
import type { CustomValue } from '@shared/domain/common';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import type { ContactPatch, FormAttribute } from '../../contacts/utils/contactFormValues';
import { captureAttributes } from './captureAttributes';
import { toCaptureContact, type CaptureFormValues } from './captureFormValues';
import { announceStored, captureTables, countInStats, joinCompany, linkToEvent } from './saveCapture';

type Contact = StoredRecord<'contacts'>;
export type CaptureUpdate = { contact: Contact; kept: string[] };

const fieldLabels: Record<string, string> = { firstName: 'first name', lastName: 'last name', email: 'email', phone: 'phone' };
const isBlank = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

// What typing adds to an existing contact: empty fields filled, notes appended, profiles and
// attributes it lacks. A field that already holds something else is kept and named in `kept`,
// so the person at the booth is told instead of it being overwritten silently.
export function fillEmptyFields(existing: Contact, typed: ContactPatch, attributes: FormAttribute[]): { patch: ContactPatch; kept: string[] } {
  const patch: ContactPatch = {};
  const kept: string[] = [];
  for (const field of ['firstName', 'lastName', 'email', 'phone'] as const) {
    const value = typed[field];
    if (isBlank(value)) continue;
    if (isBlank(existing[field])) patch[field] = value as never;
    else if (existing[field] !== value) kept.push(fieldLabels[field] as string);
  }
  if (typed.about && !existing.about.includes(typed.about)) patch.about = existing.about ? `${existing.about}\n\n${typed.about}` : typed.about;
  const profiles = Object.entries(typed.socialProfiles ?? {}).filter(([key]) => !existing.socialProfiles[key]);
  if (profiles.length > 0) patch.socialProfiles = { ...existing.socialProfiles, ...Object.fromEntries(profiles) };
  const custom: Record<string, CustomValue> = {};
  for (const [key, value] of Object.entries(typed.custom ?? {})) {
    if (isBlank(value) || value === false) continue;
    if (isBlank(existing.custom[key])) custom[key] = value;
    else if (JSON.stringify(existing.custom[key]) !== JSON.stringify(value)) kept.push([...captureAttributes, ...attributes].find((attribute) => attribute.key === key)?.label.toLowerCase() ?? key);
  }
  if (Object.keys(custom).length > 0) patch.custom = custom;
  return { patch, kept };
}

// "Update this one with what I typed": in ONE transaction the existing contact gets the empty
// fields filled, the event's tags and list, and the company if it is not there yet.
export async function updateFromCapture(db: OutpostDb, mutations: MutationLayer, existing: Contact, values: CaptureFormValues, attributes: FormAttribute[], event: CaptureEvent | null): Promise<CaptureUpdate> {
  const typed = toCaptureContact(values, attributes);
  const { contact, kept } = await db.transaction('rw', captureTables, async () => {
    const current = (await db.contacts.get(existing.id)) ?? existing;
    const { patch, kept } = fillEmptyFields(current, typed, attributes);
    const contact = Object.keys(patch).length > 0 ? await mutations.update('contacts', current.id, patch) : current;
    await joinCompany(db, mutations, contact, values, false);
    await linkToEvent(mutations, contact, event);
    await countInStats(db, contact.id, event, true);
    return { contact, kept };
  });
  return { contact: await announceStored(db, mutations, contact.id), kept };
}
