import { emailSchema } from '@shared/domain/common';
import { parsePhoneToE164 } from '@shared/text/phoneNumber';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';

export type IdentityMatch = { contact: StoredRecord<'contacts'>; sameEmail: boolean; samePhone: boolean };
export type IdentityQuery = { contactId: string | null; email: string | null | undefined; phone: string | null | undefined; defaultCountry?: string };

// Other live contacts that already have this email or phone number, compared as stored
// (lowercased email, E.164 phone) through the email and phone indexes. The values may be text
// being typed: an incomplete one matches nothing.
export async function findIdentityMatches(db: OutpostDb, { contactId, email, phone, defaultCountry }: IdentityQuery): Promise<IdentityMatch[]> {
  const parsedEmail = email ? emailSchema.safeParse(email) : null;
  const storedEmail = parsedEmail?.success ? parsedEmail.data : null;
  const parsedPhone = phone ? parsePhoneToE164(phone, defaultCountry) : null;
  const storedPhone = parsedPhone?.ok ? parsedPhone.e164 : null;
  if (!storedEmail && !storedPhone) return [];
  const [byEmail, byPhone] = await Promise.all([
    storedEmail ? db.contacts.where('email').equals(storedEmail).toArray() : [],
    storedPhone ? db.contacts.where('phone').equals(storedPhone).toArray() : [],
  ]);
  const found = new Map<string, IdentityMatch>();
  for (const contact of [...byEmail, ...byPhone]) {
    if (contact.deleted || contact.id === contactId) continue;
    found.set(contact.id, { contact, sameEmail: contact.email === storedEmail, samePhone: contact.phone === storedPhone });
  }
  return [...found.values()];
}
