import { emptyCaptureValues } from '@renderer/modules/capture/utils/captureFormValues';
import { readCaptureEvent } from '@renderer/modules/capture/utils/captureSettings';
import { saveCapture } from '@renderer/modules/capture/utils/saveCapture';
import { startCaptureEvent } from '@renderer/modules/capture/utils/startCaptureEvent';
import { findContactMatches, findNameMatches, rankCaptureDuplicates, type CaptureDuplicateQuery, type CaptureMatch } from '@renderer/modules/capture/utils/findCaptureDuplicates';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { defaultDatabaseName, openOutpostDb, type OutpostDb } from '@renderer/db/OutpostDb';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { newId } from '@shared/ids';
import { percentile } from './contactsBench';

// People typed in as existing contacts (duplicates to find) and as new ones, spread over the table.
const typedPeople = 12;

async function openDb(): Promise<OutpostDb> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  return db;
}

type Keystroke = { query: CaptureDuplicateQuery; field: 'firstName' | 'lastName' | 'email' | 'phone' };

// Each keystroke of first name, last name, email and phone: the fields typed so far.
function keystrokes(person: { firstName: string; lastName: string; email: string; phone: string }): Keystroke[] {
  const strokes: Keystroke[] = [];
  const typed = { firstName: '', lastName: '', email: '', phone: '', companyId: null, ignoredIds: [] as string[] };
  for (const field of ['firstName', 'lastName', 'email', 'phone'] as const) {
    for (let length = 1; length <= person[field].length; length += 1) {
      typed[field] = person[field].slice(0, length);
      strokes.push({ query: { ...typed }, field });
    }
  }
  return strokes;
}

// The duplicate check's latency per keystroke as the form runs it (the name lookups after a name
// keystroke, the email and phone lookups after one of those, then the ranking of both), typing
// existing contacts (found) and new ones (nothing to find), against the floor: one Dexie
// email-index prefix lookup of the typed text per keystroke.
export async function captureBenchDuplicateCheck(): Promise<{ p50: number; p95: number; floorP95: number; keystrokes: number; found: number }> {
  const db = await openDb();
  const count = await db.contacts.count();
  const existing = await Promise.all(Array.from({ length: typedPeople / 2 }, (_, index) => db.contacts.offset(Math.floor(((index + 0.5) * count) / (typedPeople / 2))).first()));
  const people = [
    ...existing.flatMap((contact) => (contact ? [{ firstName: contact.firstName, lastName: contact.lastName, email: contact.email ?? '', phone: contact.phone ?? '' }] : [])),
    ...Array.from({ length: typedPeople / 2 }, (_, index) => ({ firstName: `Quill${index}`, lastName: `Newperson${index}`, email: `quill${index}@fresh.bench.test`, phone: `+4989${String(5_000_000 + index)}` })),
  ];
  const ours: number[] = [];
  const floor: number[] = [];
  let found = 0;
  for (const person of people) {
    let byContact: CaptureMatch[] = [];
    let byName: CaptureMatch[] = [];
    for (const { query, field } of keystrokes(person)) {
      let started = performance.now();
      if (field === 'firstName' || field === 'lastName') byName = await findNameMatches(db, query);
      else byContact = await findContactMatches(db, query);
      const duplicates = rankCaptureDuplicates([...byContact, ...byName], query.ignoredIds);
      ours.push(performance.now() - started);
      if (query.phone === person.phone && person.phone && duplicates.length > 0) found += 1;
      const prefix = (query.email || query.lastName || query.firstName).toLowerCase();
      started = performance.now();
      await db.contacts.where('email').startsWith(prefix).limit(3).toArray();
      floor.push(performance.now() - started);
    }
  }
  db.close();
  return { p50: percentile(ours, 0.5), p95: percentile(ours, 0.95), floorP95: percentile(floor, 0.95), keystrokes: ours.length, found };
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

// The bench's captures go to the trash afterwards, so the next suites find the seeded count.
export async function captureBenchRemoveCaptures(): Promise<number> {
  const db = await openDb();
  const ids = await db.contacts.where('email').startsWith('speedy').filter((contact) => contact.deleted === 0 && (contact.email ?? '').endsWith('@capture.bench.test')).primaryKeys();
  if (ids.length > 0) await createMutationLayer(db, new HybridLogicalClock('benchcapture')).softDelete('contacts', ids, 'Bench captures');
  db.close();
  return ids.length;
}
