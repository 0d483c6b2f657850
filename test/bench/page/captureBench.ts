import { emptyCaptureValues } from '@renderer/modules/capture/utils/captureFormValues';
import { readCaptureEvent } from '@renderer/modules/capture/utils/captureSettings';
import { saveCapture } from '@renderer/modules/capture/utils/saveCapture';
import { startCaptureEvent } from '@renderer/modules/capture/utils/startCaptureEvent';
import { findContactMatches, findNameMatches, rankCaptureDuplicates, type CaptureDuplicate, type CaptureDuplicateReason, type CaptureMatch } from '@renderer/modules/capture/utils/findCaptureDuplicates';
import { newMemberships } from '@renderer/modules/companies/utils/addContactsToCompany';
import { findByWordPrefixes } from '@renderer/db/queries/findByWordPrefixes';
import { foldText } from '@shared/text/foldText';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { defaultDatabaseName, openOutpostDb, type OutpostDb } from '@renderer/db/OutpostDb';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { newId } from '@shared/ids';
import { percentile } from './contactsBench';

// People typed in as existing contacts (duplicates to find) and as new ones, spread over the table.
const typedPeopleCount = 12;
// As many companies as the Company field offers (useCompanyOptions).
const companyOptionsShown = 20;

async function openDb(): Promise<OutpostDb> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  return db;
}

type TypedPerson = { id: string | null; firstName: string; lastName: string; email: string; phone: string; company: string };
type Field = 'firstName' | 'lastName' | 'email' | 'phone' | 'company';
type Keystroke = { typed: Record<Field, string>; field: Field };

// Each keystroke of first name, last name, email, phone and company, in the form's order: the
// fields typed so far.
function keystrokes(person: TypedPerson): Keystroke[] {
  const strokes: Keystroke[] = [];
  const typed: Record<Field, string> = { firstName: '', lastName: '', email: '', phone: '', company: '' };
  for (const field of ['firstName', 'lastName', 'email', 'phone', 'company'] as const) {
    for (let length = 1; length <= person[field].length; length += 1) {
      typed[field] = person[field].slice(0, length);
      strokes.push({ typed: { ...typed }, field });
    }
  }
  return strokes;
}

// The company the form has picked once the typed text names an offered one, as the Company
// field does (useCompanyOptions, then the label matched): the same-company lookup.
async function pickedCompany(db: OutpostDb, typed: string): Promise<string | null> {
  const offered = await findByWordPrefixes(db, 'companies', typed, companyOptionsShown);
  return offered.find((company) => foldText(company.domain ? `${company.name} (${company.domain})` : company.name) === foldText(typed.trim()))?.id ?? null;
}

// Existing contacts spread over the table, each made the one employee of a company of its own
// (bench contacts share a handful of names, so a colleague has thousands of namesakes), and
// new people at new companies.
async function typedPeople(db: OutpostDb): Promise<TypedPerson[]> {
  const mutations = createMutationLayer(db, new HybridLogicalClock('benchcapture'));
  const count = await db.contacts.count();
  const token = Date.now().toString(36);
  const existing: TypedPerson[] = [];
  for (let index = 0; index < typedPeopleCount / 2; index += 1) {
    const contact = await db.contacts.offset(Math.floor(((index + 0.5) * count) / (typedPeopleCount / 2))).first();
    if (!contact) continue;
    const company = await mutations.create('companies', { name: `Capturebench ${token} Works ${index}` });
    await mutations.createMany('memberships', newMemberships(company.id, [contact], { role: '', since: null }));
    existing.push({ id: contact.id, firstName: contact.firstName, lastName: contact.lastName, email: contact.email ?? '', phone: contact.phone ?? '', company: company.name });
  }
  const fresh = Array.from({ length: typedPeopleCount / 2 }, (_, index) => ({ id: null, firstName: `Quill${index}`, lastName: `Newperson${index}`, email: `quill${index}@fresh.bench.test`, phone: `+4989${String(5_000_000 + index)}`, company: `Freshly Typed ${token} ${index}` }));
  return [...existing, ...fresh];
}

// What the check should end with: an existing person found first, by every way they can be
// (their email, their phone, their name at their company); a new person, nobody.
function missedMatch(person: TypedPerson, duplicates: CaptureDuplicate[]): string | null {
  const name = `${person.firstName} ${person.lastName}`;
  if (!person.id) return duplicates.length > 0 ? `${name} (new) was taken for ${duplicates.map((duplicate) => duplicate.contact.id).join(', ')}` : null;
  const [first] = duplicates;
  const expected: CaptureDuplicateReason[] = [...(person.email ? (['email'] as const) : []), ...(person.phone ? (['phone'] as const) : []), 'name', 'company'];
  if (first?.contact.id !== person.id) return `${name} was not found first`;
  const missing = expected.filter((reason) => !first.reasons.includes(reason));
  return missing.length > 0 ? `${name} was found without ${missing.join(', ')}` : null;
}

export type CaptureCheckResult = { p50: number; p95: number; floorP95: number; companyP95: number; companyFloorP95: number; keystrokes: number; companyKeystrokes: number; found: number; missed: string[] };

// The duplicate check's latency per keystroke as the form runs it (the name lookups after a name
// keystroke, the email and phone lookups after one of those, the company options and, once a
// company is picked, the name lookups with it: the same-company lookup; then the ranking),
// typing existing contacts (to be found) and new ones (nothing to find), against the floor: one
// Dexie index prefix lookup of the typed text per keystroke.
export async function captureBenchDuplicateCheck(): Promise<CaptureCheckResult> {
  const db = await openDb();
  const people = await typedPeople(db);
  const ours: number[] = [];
  const floor: number[] = [];
  const company: number[] = [];
  const companyFloor: number[] = [];
  const missed: string[] = [];
  let found = 0;
  for (const person of people) {
    let byContact: CaptureMatch[] = [];
    let byName: CaptureMatch[] = [];
    let companyId: string | null = null;
    let duplicates: CaptureDuplicate[] = [];
    for (const { typed, field } of keystrokes(person)) {
      let started = performance.now();
      if (field === 'company') {
        const picked = await pickedCompany(db, typed.company);
        if (picked !== companyId) {
          companyId = picked;
          byName = await findNameMatches(db, { ...typed, companyId });
        }
      } else if (field === 'firstName' || field === 'lastName') byName = await findNameMatches(db, { ...typed, companyId });
      else byContact = await findContactMatches(db, typed);
      duplicates = rankCaptureDuplicates([...byContact, ...byName], []);
      const elapsed = performance.now() - started;
      ours.push(elapsed);
      const prefix = (field === 'company' ? typed.company : typed.email || typed.lastName || typed.firstName).toLowerCase();
      started = performance.now();
      if (field === 'company') await db.companies.where('searchTokens').startsWith(prefix.split(' ').at(-1) ?? '').limit(companyOptionsShown).toArray();
      else await db.contacts.where('email').startsWith(prefix).limit(3).toArray();
      (field === 'company' ? companyFloor : floor).push(performance.now() - started);
      if (field === 'company') company.push(elapsed);
    }
    const miss = missedMatch(person, duplicates);
    if (miss) missed.push(miss);
    else if (person.id) found += 1;
  }
  db.close();
  return { p50: percentile(ours, 0.5), p95: percentile(ours, 0.95), floorP95: percentile(floor, 0.95), companyP95: percentile(company, 0.95), companyFloorP95: percentile(companyFloor, 0.95), keystrokes: ours.length, companyKeystrokes: company.length, found, missed };
}

// An active event with two tags and a list, as staff set one up before the doors open.
export async function captureBenchStartEvent(): Promise<void> {
  const db = await openDb();
  await startCaptureEvent(db, createMutationLayer(db, new HybridLogicalClock('benchcapture')), { name: 'Bench Expo', tagNames: ['Bench Expo', 'Booth 1'], listName: 'Bench Expo leads', ownerId: null, source: '', attributeKeys: [] });
  db.close();
}

// saveCapture alone, as the form calls it (one transaction: contact, event tags and list,
// counters), without the view: how much of save-to-ready is the database's.
export async function captureBenchSaveOnly(runs: number): Promise<number[]> {
  const db = await openDb();
  const mutations = createMutationLayer(db, new HybridLogicalClock('benchcapture'));
  const event = await readCaptureEvent(db);
  const token = Date.now().toString(36);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const values = { ...emptyCaptureValues([]), firstName: `Speedy${token}d${run}`, lastName: 'Datalayer', email: `speedy${token}d${run}@capture.bench.test`, notes: 'Bench capture' };
    const started = performance.now();
    await saveCapture(db, mutations, { values, attributes: [], event, editing: null });
    times.push(performance.now() - started);
  }
  db.close();
  return times;
}

// Floor for save-to-ready: one Dexie put of a contact row into the same table (then removed).
export async function captureBenchPutFloor(runs: number): Promise<number[]> {
  const db = await openDb();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const id = newId();
    const row = { id, firstName: 'Floor', lastName: `Row${run}`, email: `floor${run}@floor.bench.test`, phone: null, sortName: `floor row${run}`, searchTokens: ['floor', `row${run}`], tagIds: [], listIds: [], companyIds: [], deleted: 0 };
    const started = performance.now();
    await db.contacts.put(row as never);
    times.push(performance.now() - started);
    await db.contacts.delete(id);
  }
  db.close();
  return times;
}

// The bench's captures and companies go to the trash afterwards, so the next suites find the
// seeded count.
export async function captureBenchRemoveCaptures(): Promise<number> {
  const db = await openDb();
  const mutations = createMutationLayer(db, new HybridLogicalClock('benchcapture'));
  const ids = await db.contacts.where('email').startsWith('speedy').filter((contact) => contact.deleted === 0 && (contact.email ?? '').endsWith('@capture.bench.test')).primaryKeys();
  if (ids.length > 0) await mutations.softDelete('contacts', ids, 'Bench captures');
  const companyIds = (await findByWordPrefixes(db, 'companies', 'capturebench', Number.MAX_SAFE_INTEGER)).map((company) => company.id);
  if (companyIds.length > 0) await mutations.softDelete('companies', companyIds, 'Bench capture companies');
  db.close();
  return ids.length + companyIds.length;
}
