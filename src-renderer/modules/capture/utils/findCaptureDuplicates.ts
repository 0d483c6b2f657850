import { emailMatchKey, nameMatchKey } from '@shared/domain/duplicates/matchKeys';
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
const nameCandidates = 20;
const emailStarts = 3;
const shown = 3;
const rank: Record<CaptureDuplicateReason, number> = { email: 8, phone: 8, emailStart: 4, company: 2, name: 1 };

export type CaptureMatch = { contact: StoredRecord<'contacts'>; reason: CaptureDuplicateReason };

// Contacts with the email or phone being typed, through the email and phone indexes: the same
// email or phone as stored (lowercased, E.164), or an email that starts with what is typed so
// far ("ann.lee@ex" already points to ann.lee@example.com).
export async function findContactMatches(db: OutpostDb, { email, phone }: Pick<CaptureDuplicateQuery, 'email' | 'phone'>): Promise<CaptureMatch[]> {
  const typedEmail = email.trim().toLowerCase();
  const mailbox = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(typedEmail) ? emailMatchKey(typedEmail) : null;
  const [identity, emailStart, sameMailbox] = await Promise.all([
    findIdentityMatches(db, { contactId: null, email, phone, defaultCountry: homeCountry }),
    /^[^\s@]+@[^\s@]+$/.test(typedEmail) ? db.contacts.where('email').startsWith(typedEmail).limit(emailStarts).toArray() : [],
    mailbox ? findSameMailbox(db, typedEmail, mailbox) : [],
  ]);
  return [
    // findIdentityMatches counts two missing values as the same (null === null): only a phone both have is.
    ...identity.flatMap((match) => [
      ...(match.sameEmail && match.contact.email ? [{ contact: match.contact, reason: 'email' as const }] : []),
      ...(match.samePhone && match.contact.phone ? [{ contact: match.contact, reason: 'phone' as const }] : []),
    ]),
    ...sameMailbox.map((contact) => ({ contact, reason: 'email' as const })),
    ...emailStart.filter((contact) => contact.email !== typedEmail).map((contact) => ({ contact, reason: 'emailStart' as const })),
  ];
}

// Gmail ignores dots and "+tags" (the duplicate finder's emailMatchKey): the spellings an
// index can be asked for are looked up, so "jane.doe+expo@gmail.com" and googlemail.com find
// jane.doe@gmail.com. Dots typed where the stored address has none are found; dots left out
// that it has are not (the index holds addresses as spelled).
async function findSameMailbox(db: OutpostDb, typedEmail: string, mailbox: string): Promise<StoredRecord<'contacts'>[]> {
  if (!mailbox.endsWith('@gmail.com')) return [];
  const local = typedEmail.slice(0, typedEmail.lastIndexOf('@')).split('+')[0] ?? '';
  const spellings = [local, local.replaceAll('.', '')].flatMap((name) => [`${name}@gmail.com`, `${name}@googlemail.com`]).filter((spelling) => spelling !== typedEmail);
  const found = await db.contacts.where('email').anyOf([...new Set(spellings)]).toArray();
  return found.filter((contact) => emailMatchKey(contact.email) === mailbox);
}

// The picked company's people with a similar name. A common name has more namesakes than the
// token lookup's candidates, so a colleague of that name could be left out of those; the
// company index finds them, for companies up to this size (a large one is left to the token
// lookup, so a keystroke never reads thousands of rows).
const colleaguesScanned = 2000;

async function findColleagues(db: OutpostDb, companyId: string | null, typedName: string): Promise<StoredRecord<'contacts'>[]> {
  if (!companyId) return [];
  const members = db.contacts.where('companyIds').equals(companyId);
  if ((await members.count()) > colleaguesScanned) return [];
  return members.filter((contact) => contact.deleted === 0 && namesAreSimilar(nameMatchKey(contact.firstName, contact.lastName), typedName, minFuzzyNameLength)).limit(nameCandidates).toArray();
}

// Contacts with a similar name (the duplicate finder's one-typo rule) through the token index,
// and at the picked company through the company index, noting those at the same company.
export async function findNameMatches(db: OutpostDb, query: Pick<CaptureDuplicateQuery, 'firstName' | 'lastName' | 'companyId'>): Promise<CaptureMatch[]> {
  const firstName = query.firstName.trim();
  const lastName = query.lastName.trim();
  if (firstName.length < namePrefixLength || lastName.length < namePrefixLength) return [];
  const typedName = nameMatchKey(firstName, lastName);
  const [firstRight, lastRight, colleagues] = await Promise.all([
    findByWordPrefixes(db, 'contacts', `${firstName} ${lastName.slice(0, namePrefixLength)}`, nameCandidates),
    findByWordPrefixes(db, 'contacts', `${firstName.slice(0, namePrefixLength)} ${lastName}`, nameCandidates),
    findColleagues(db, query.companyId, typedName),
  ]);
  return [...firstRight, ...lastRight, ...colleagues].flatMap((contact) => {
    if (!namesAreSimilar(nameMatchKey(contact.firstName, contact.lastName), typedName, minFuzzyNameLength)) return [];
    const atCompany = query.companyId !== null && contact.companyIds.includes(query.companyId);
    return [{ contact, reason: 'name' as const }, ...(atCompany ? [{ contact, reason: 'company' as const }] : [])];
  });
}

// The likeliest few, one entry per contact with all its reasons; contacts set aside are left out.
export function rankCaptureDuplicates(matches: readonly CaptureMatch[], ignoredIds: readonly string[]): CaptureDuplicate[] {
  const found = new Map<string, CaptureDuplicate>();
  for (const { contact, reason } of matches) {
    if (contact.deleted || ignoredIds.includes(contact.id)) continue;
    const entry = found.get(contact.id) ?? { contact, reasons: [] };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    found.set(contact.id, entry);
  }
  const score = (entry: CaptureDuplicate) => entry.reasons.reduce((sum, reason) => sum + rank[reason], 0);
  return [...found.values()].sort((a, b) => score(b) - score(a)).slice(0, shown);
}

// Existing contacts the person being typed in probably is, through indexes only. The form runs
// the two lookups apart, so a keystroke in one field repeats only its own.
export async function findCaptureDuplicates(db: OutpostDb, query: CaptureDuplicateQuery): Promise<CaptureDuplicate[]> {
  const [byContact, byName] = await Promise.all([findContactMatches(db, query), findNameMatches(db, query)]);
  return rankCaptureDuplicates([...byContact, ...byName], query.ignoredIds);
}
