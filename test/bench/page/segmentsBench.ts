import type { SegmentDefinition } from '@shared/domain/segment';
import { compileSegment, segmentNeeds } from '@shared/domain/segments/compileSegment';
import { standardContactColumns } from '@shared/domain/contactColumns';
import { eventFieldFor } from '@shared/domain/segments/segmentConditionTypes';
import { evaluateSegmentMembers } from '@renderer/modules/segments/utils/evaluateSegmentMembers';
import { SegmentFactsIndex } from '@renderer/modules/segments/utils/segmentFactsIndex';
import { openSnapshot } from './benchSnapshot';
import { withLongestTask } from './longTasks';

const typeOf = (field: string) => standardContactColumns.find((column) => column.id === field)?.type;
const byName = { column: 'sortName', descending: false };
const eventName = 'page_visit';
const dayMs = 24 * 60 * 60 * 1000;
const warmRuns = 5;

// Leads in Germany who visited a page at least `times` times in the last 30 days.
function threeConditions(times: number): SegmentDefinition {
  return {
    join: 'and',
    groups: [
      {
        join: 'and',
        conditions: [
          { field: 'status', operator: 'anyOf', value: ['lead'] },
          { field: 'country', operator: 'is', value: 'DE' },
          { field: eventFieldFor(eventName), operator: 'performedAtLeast', value: [times, 30] },
        ],
      },
    ],
  };
}

// The live count of the builder, through the code useSegmentMembers runs: compile the
// definition, look up the facts it needs (SegmentFactsIndex), evaluate in chunks over the
// snapshot's contacts. Cold: the first count with an event condition (the name's instants read
// once from the facts rows, in a worker); warm: the count again as the condition changes (the builder's case while editing);
// after events arrive: the count once 1,000 new events were stored (kept incrementally).
// Floors: the raw Dexie read of the name's event batches by index (cold), and a plain
// Array.filter of the same three tests over the contacts and each one's event times (warm).
export async function segmentsLiveCount() {
  const { db, mutations, snapshot } = await openSnapshot();
  const facts = new SegmentFactsIndex(db, mutations);
  const ids = snapshot.query({ search: '', conditions: [], sort: byName }, typeOf);
  const count = async (times: number) => {
    const definition = threeConditions(times);
    const matches = compileSegment(definition, typeOf);
    const lookup = await facts.lookup(segmentNeeds(definition));
    return (await evaluateSegmentMembers(ids, (id) => snapshot.get(id), matches, lookup, new AbortController().signal)).length;
  };

  const cold = await withLongestTask(() => count(3));
  const warm: Array<{ ms: number; longestTaskMs: number; members: number }> = [];
  for (let run = 0; run < warmRuns; run += 1) {
    const timed = await withLongestTask(() => count(2 + (run % 3)));
    warm.push({ ms: timed.ms, longestTaskMs: timed.longestTaskMs, members: timed.result });
  }

  const visitors = ids.slice(0, 1000);
  const now = new Date().toISOString();
  await mutations.createMany('events', visitors.map((contactId) => ({ contactId, name: eventName, time: now })));
  const afterEvents = await withLongestTask(() => count(3));

  // Floors.
  let started = performance.now();
  await db.events.where('names').equals(eventName).toArray();
  const coldFloorMs = performance.now() - started;
  const timesByContact = new Map<string, number[]>();
  await db.events.where('names').equals(eventName).each((batch) => {
    if (!('events' in batch)) return;
    for (const event of batch.events) {
      if (event.name !== eventName) continue;
      const list = timesByContact.get(event.contactId);
      if (list) list.push(Date.parse(event.time));
      else timesByContact.set(event.contactId, [Date.parse(event.time)]);
    }
  });
  const rows = ids.map((id) => snapshot.get(id)).filter((row) => row !== undefined);
  const since = Date.now() - 30 * dayMs;
  const warmFloors: number[] = [];
  for (let run = 0; run < warmRuns; run += 1) {
    started = performance.now();
    rows.filter((row) => row.status === 'lead' && row.country === 'DE' && (timesByContact.get(row.id) ?? []).filter((time) => time >= since).length >= 2 + (run % 3));
    warmFloors.push(performance.now() - started);
  }
  db.close();
  return {
    contacts: ids.length,
    members: cold.result,
    coldMs: cold.ms,
    coldLongestTaskMs: cold.longestTaskMs,
    coldFloorMs,
    warm,
    warmFloors,
    afterEventsMs: afterEvents.ms,
    afterEventsLongestTaskMs: afterEvents.longestTaskMs,
  };
}
