import { nameMatchKey } from '@shared/domain/duplicates/matchKeys';
import { namesAreSimilar } from '@shared/domain/duplicates/similarNames';
import type { OutpostDb } from '../../../db/OutpostDb';
import { findByWordPrefixes } from '../../../db/queries/findByWordPrefixes';
import type { StoredRecord } from '../../../db/rowTypes';
import { homeCountry } from '../../contacts/utils/homeCountry';
import { findIdentityMatches } from '../../duplicates/utils/findIdentityMatches';

export type CaptureDuplicateReason = 'email' | 'emailStart' | 'phone' | 'name' | 'company';
export type CaptureDuplicate = { contact: StoredRecord<'contacts'>; reasons: CaptureDuplicateReason[] };
export type CaptureDuplicateQuery = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  companyId: string | null;
  // The contact being fixed, and the ones "Create anyway" set aside.
  ignoredIds: readonly string[];
};

// The duplicate finder's rule: names shorter than this only match exactly.
const minFuzzyNameLength = 6;
// A similar name has at most one typo, so one of the two names is typed right: candidates have
// that name in full and the other's first letters, looked up both ways.
const namePrefixLength = 2;
const nameCandidates = 50;
const emailStarts = 3;
const shown = 3;
const rank: Record<CaptureDuplicateReason, number> = { email: 8, phone: 8, emailStart: 4, company: 2, name: 1 };

// Existing contacts the person being typed in probably is, through indexes only (the email and
// phone indexes, the search-token index): the same email or phone (as stored: lowercased,
// E.164), an email that starts with what is typed so far, a similar name (the duplicate
// finder's one-typo rule), more likely at the same company.
export async function findCaptureDuplicates(db: OutpostDb, query: CaptureDuplicateQuery): Promise<CaptureDuplicate[]> {
  const found = new Map<string, CaptureDuplicate>();
  const add = (contact: StoredRecord<'contacts'>, reason: CaptureDuplicateReason) => {
    if (contact.deleted || query.ignoredIds.includes(contact.id)) return;
    const entry = found.get(contact.id) ?? { contact, reasons: [] };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    found.set(contact.id, entry);
  };
  const typedEmail = query.email.trim().toLowerCase();
  const firstName = query.firstName.trim();
  const lastName = query.lastName.trim();
  const typedName = nameMatchKey(firstName, lastName);
  const byName = firstName.length >= namePrefixLength && lastName.length >= namePrefixLength;
  const [identity, emailStart, firstRight, lastRight] = await Promise.all([
    findIdentityMatches(db, { contactId: null, email: query.email, phone: query.phone, defaultCountry: homeCountry }),
    // "ann.lee@ex" already points to ann.lee@example.com.
    /^[^\s@]+@[^\s@]+$/.test(typedEmail) ? db.contacts.where('email').startsWith(typedEmail).limit(emailStarts).toArray() : [],
    byName ? findByWordPrefixes(db, 'contacts', `${firstName} ${lastName.slice(0, namePrefixLength)}`, nameCandidates) : [],
    byName ? findByWordPrefixes(db, 'contacts', `${firstName.slice(0, namePrefixLength)} ${lastName}`, nameCandidates) : [],
  ]);
  for (const match of identity) {
    if (match.sameEmail) add(match.contact, 'email');
    if (match.samePhone) add(match.contact, 'phone');
  }
  for (const contact of emailStart) if (contact.email !== typedEmail) add(contact, 'emailStart');
  for (const contact of [...firstRight, ...lastRight]) {
    if (!namesAreSimilar(nameMatchKey(contact.firstName, contact.lastName), typedName, minFuzzyNameLength)) continue;
    add(contact, 'name');
    if (query.companyId && contact.companyIds.includes(query.companyId)) add(contact, 'company');
  }
  const score = (entry: CaptureDuplicate) => entry.reasons.reduce((sum, reason) => sum + rank[reason], 0);
  return [...found.values()].sort((a, b) => score(b) - score(a)).slice(0, shown);
}
