import Dexie from 'dexie';
import { standardContactColumns } from '@shared/domain/contactColumns';
import type { FilterCondition } from '@shared/domain/filters/filterTypes';
import { compileFilter } from '@shared/domain/filters/compileFilter';
import { compareSortKeys, sortKeyOf } from '@shared/domain/filters/sortKey';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { defaultDatabaseName, openOutpostDb } from '@renderer/db/OutpostDb';
import { linkRowId } from '@renderer/db/derivedFields';
import { runBulkContactAction } from '@renderer/modules/contact-list/utils/bulkContactActions';
import { openSnapshot } from './benchSnapshot';

const chunkSize = 2000;
const typeOf = (field: string) => standardContactColumns.find((column) => column.id === field)?.type;
const byName = { column: 'sortName', descending: false };
// The view passes the same (empty) conditions while someone types, as the filter store does.
const noConditions: FilterCondition[] = [];
// The cached-sort query is timed this many times and reported as the median: one run on a
// shared 2-core machine measures the neighbours as much as the query.
const cachedSortRuns = 7;

// Exported for the other suites' latency figures (it also lands on window.outpostBench, unused there).
export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

// Prefixes as people type them: 1, 2 then 3 letters of a name or email word, in that order.
function typedPrefixes(rows: Array<{ searchTokens: string[] }>, count: number): string[] {
  const prefixes: string[] = [];
  for (let index = 0; prefixes.length < count && index < rows.length; index += 97) {
    const token = rows[index]?.searchTokens[index % 3] ?? 'a';
    for (let length = 1; length <= 3 && prefixes.length < count; length += 1) prefixes.push(token.slice(0, length));
  }
  return prefixes;
}

// Search as you type over the in-memory snapshot; floor: Dexie's multiEntry prefix query for 50.
export async function benchSearch(samples = 240) {
  const { db, snapshot, loadMs } = await openSnapshot();
  const prefixes = typedPrefixes(await db.contacts.limit(5000).toArray(), samples);
  const ours: number[] = [];
  const floor: number[] = [];
  for (const prefix of prefixes) {
    let started = performance.now();
    snapshot.query({ search: prefix, conditions: noConditions, sort: byName }, typeOf);
    ours.push(performance.now() - started);
    started = performance.now();
    await db.contacts.where('searchTokens').startsWith(prefix).limit(50).primaryKeys();
    floor.push(performance.now() - started);
  }
  db.close();
  return { loadMs, p50: percentile(ours, 0.5), p95: percentile(ours, 0.95), floorP50: percentile(floor, 0.5), floorP95: percentile(floor, 0.95) };
}

// A filtered and sorted query (customers in a city starting with "b", by email, newest sort
// cache cold); floor: the same filter and sort written as plain Array.filter + sort.
export async function benchFilteredSortedQuery() {
  const { db, snapshot } = await openSnapshot();
  const conditions: FilterCondition[] = [
    { field: 'status', operator: 'anyOf', value: ['customer'] },
    { field: 'city', operator: 'startsWith', value: 'b' },
  ];
  const sort = { column: 'email', descending: true };
  let started = performance.now();
  const ids = snapshot.query({ search: '', conditions, sort }, typeOf);
  const coldMs = performance.now() - started;
  const warmRuns: number[] = [];
  for (let run = 0; run < cachedSortRuns; run += 1) {
    started = performance.now();
    snapshot.query({ search: '', conditions, sort: { column: 'email', descending: true } }, typeOf);
    warmRuns.push(performance.now() - started);
  }
  const warmMs = percentile(warmRuns, 0.5);

  const rows = await db.contacts.toArray();
  started = performance.now();
  const predicate = compileFilter(conditions, typeOf);
  const floorIds = rows
    .filter((row) => !row.deleted && predicate(row as unknown as Record<string, unknown>))
    .map((row) => ({ id: row.id, key: sortKeyOf(row as unknown as Record<string, unknown>, 'email', 'text') }))
    .sort((a, b) => -compareSortKeys(a.key, b.key))
    .map((entry) => entry.id);
  const floorMs = performance.now() - started;
  db.close();
  if (floorIds.length !== ids.length) throw new Error(`query found ${ids.length}, floor ${floorIds.length}`);
  return { coldMs, warmMs, floorMs, matches: ids.length };
}

// Tags 50,000 contacts as the bulk action does (one undoable action, chunked, with the tag
// sets on the contacts kept up to date), watching for long main-thread tasks; floor: Dexie
// bulkPut of the same link rows and updated contact rows, no validation, no outbox.
export async function benchBulkTag(count = 50_000) {
  const { db, mutations, snapshot } = await openSnapshot();
  const tag = await mutations.create('tags', { name: `Bench ${Date.now()}` });
  const ids = snapshot.query({ search: '', conditions: [], sort: byName }, typeOf).slice(0, count);
  // The contacts view re-queries on every change notification, so the bench does too.
  const stopViewing = snapshot.subscribe(() => snapshot.query({ search: '', conditions: noConditions, sort: byName }, typeOf));
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  let started = performance.now();
  await runBulkContactAction(mutations, { kind: 'addTags', tagIds: [tag.id] }, ids, `Tagged ${count}`, (id) => snapshot.get(id));
  const ms = performance.now() - started;
  observer.disconnect();
  stopViewing();

  const floorTag = `floor-${Date.now()}`;
  const contacts = (await db.contacts.bulkGet(ids)).flatMap((row) => (row ? [{ ...row, tagIds: [...row.tagIds, floorTag] }] : []));
  const links = ids.map((contactId) => ({ id: linkRowId('contactTags', contactId, floorTag), contactId, tagId: floorTag, createdAt: '', updatedAt: '', deleted: 0 as const, hlc: '' }));
  const floorTasks: number[] = [];
  const floorObserver = new PerformanceObserver((list) => floorTasks.push(...list.getEntries().map((entry) => entry.duration)));
  floorObserver.observe({ type: 'longtask', buffered: false });
  started = performance.now();
  for (let start = 0; start < ids.length; start += chunkSize) {
    await db.transaction('rw', db.contactTags, db.contacts, async () => {
      await db.contactTags.bulkPut(links.slice(start, start + chunkSize));
      await db.contacts.bulkPut(contacts.slice(start, start + chunkSize));
    });
  }
  const floorMs = performance.now() - started;
  floorObserver.disconnect();
  const tagged = await db.contacts.where('tagIds').equals(tag.id).count();
  db.close();
  if (tagged !== ids.length) throw new Error(`tagged ${tagged} of ${ids.length}`);
  return { ms, floorMs, longestTaskMs: Math.max(0, ...longTasks), floorLongestTaskMs: Math.max(0, ...floorTasks) };
}

// 10,000 events for one contact, for the profile-opening figure.
export async function seedEventsForOneContact(count = 10_000): Promise<string> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  const mutations = createMutationLayer(db, new HybridLogicalClock('benchevents'));
  const contact = await mutations.create('contacts', { firstName: 'Eventful', lastName: 'Visitor', email: 'eventful@bench.test' });
  const base = Date.parse('2026-12-01T12:00:00.000Z');
  await mutations.createMany(
    'events',
    Array.from({ length: count }, (_, index) => ({ contactId: contact.id, name: index % 5 === 0 ? 'click' : 'page visit', time: new Date(base - index * 60_000).toISOString(), properties: { url: `/page/${index % 40}` } })),
  );
  db.close();
  return contact.id;
}

// Floor for opening that profile: read its batches of events along the index (events are packed
// several hundred to a row, db/events).
export async function newestEventsFloor(contactId: string): Promise<number> {
  const db = openOutpostDb(defaultDatabaseName);
  const started = performance.now();
  await db.events.where('contactIds').equals(contactId).toArray();
  const ms = performance.now() - started;
  db.close();
  return ms;
}

// Floor for showing the contacts view: read the first 50 contacts by name along the index.
export async function firstRowsFloor(): Promise<number> {
  const db = openOutpostDb(defaultDatabaseName);
  const started = performance.now();
  await db.contacts.where('[deleted+sortName]').between([0, Dexie.minKey], [0, Dexie.maxKey]).limit(50).toArray();
  const ms = performance.now() - started;
  db.close();
  return ms;
}
