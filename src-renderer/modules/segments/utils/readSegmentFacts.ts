import type { SegmentDealFact, SegmentEventFact, SegmentFacts } from '@shared/domain/segments/segmentConditionTypes';
import { readContactEvents } from '../../../db/events/readEvents';
import type { OutpostDb } from '../../../db/OutpostDb';
import { toSegmentEventFact } from './toSegmentEventFact';

// Reads one contact's events (only the names asked for) and deals, for evaluating segments on it.
export async function readSegmentFacts(db: OutpostDb, contactId: string, needs: { eventNames: string[]; deals: boolean }): Promise<SegmentFacts> {
  const wanted = new Set(needs.eventNames);
  const [events, deals] = await Promise.all([
    wanted.size === 0 ? [] : readContactEvents(db, contactId).then((all) => all.filter((event) => !event.deleted && wanted.has(event.name))),
    needs.deals ? db.deals.where('contactIds').equals(contactId).filter((deal) => !deal.deleted).toArray() : [],
  ]);
  const eventsByName = new Map<string, SegmentEventFact[]>();
  for (const event of events) {
    const named = eventsByName.get(event.name) ?? [];
    named.push(toSegmentEventFact(event));
    eventsByName.set(event.name, named);
  }
  const dealFacts: SegmentDealFact[] = deals.map((deal) => ({ pipelineId: deal.pipelineId, status: deal.status, valueMinor: deal.valueMinor }));
  return { eventsNamed: (name) => eventsByName.get(name) ?? [], deals: () => dealFacts };
}
