import type { SegmentDealFact, SegmentEventFact, SegmentFacts } from '@shared/domain/segments/segmentConditionTypes';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import { toSegmentEventFact } from './toSegmentEventFact';

type EventsByContact = Map<string, SegmentEventFact[]>;
export type SegmentFactsLookup = (contactId: string) => SegmentFacts;

const noEvents: readonly SegmentEventFact[] = [];
const noDeals: readonly SegmentDealFact[] = [];

// Events and deals grouped by contact for evaluating segments over every contact at once. Each
// event name is read once through the `name` index and kept until an event of it is written, so
// counting a segment again as its conditions change does not touch IndexedDB.
export class SegmentFactsIndex {
  private readonly eventsByName = new Map<string, Promise<EventsByContact>>();
  private dealsByContact: Promise<Map<string, SegmentDealFact[]>> | null = null;
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(
    private readonly db: OutpostDb,
    mutations: MutationLayer,
  ) {
    mutations.subscribe((table, rows) => {
      if (table === 'events') for (const row of rows) this.eventsByName.delete(String(row.name));
      else if (table === 'deals' || table === 'dealContacts') this.dealsByContact = null;
      else return;
      this.version += 1;
      this.listeners.forEach((listener) => listener());
    });
  }

  // Changes whenever events or deals are written, so live counts know to count again.
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  async lookup(needs: { eventNames: string[]; deals: boolean }): Promise<SegmentFactsLookup> {
    const named = new Map(await Promise.all(needs.eventNames.map(async (name) => [name, await this.events(name)] as const)));
    const deals = needs.deals ? await this.deals() : new Map<string, SegmentDealFact[]>();
    return (contactId) => ({
      eventsNamed: (name) => named.get(name)?.get(contactId) ?? noEvents,
      deals: () => deals.get(contactId) ?? noDeals,
    });
  }

  private events(name: string): Promise<EventsByContact> {
    let loaded = this.eventsByName.get(name);
    if (!loaded) {
      loaded = this.readEvents(name);
      this.eventsByName.set(name, loaded);
    }
    return loaded;
  }

  private async readEvents(name: string): Promise<EventsByContact> {
    const byContact: EventsByContact = new Map();
    await this.db.events
      .where('name')
      .equals(name)
      .each((event) => {
        if (event.deleted) return;
        const list = byContact.get(event.contactId);
        if (list) list.push(toSegmentEventFact(event));
        else byContact.set(event.contactId, [toSegmentEventFact(event)]);
      });
    return byContact;
  }

  private deals(): Promise<Map<string, SegmentDealFact[]>> {
    this.dealsByContact ??= this.readDeals();
    return this.dealsByContact;
  }

  private async readDeals(): Promise<Map<string, SegmentDealFact[]>> {
    const byContact = new Map<string, SegmentDealFact[]>();
    await this.db.deals.each((deal) => {
      if (deal.deleted) return;
      const fact = { pipelineId: deal.pipelineId, status: deal.status, valueMinor: deal.valueMinor };
      for (const contactId of deal.contactIds) {
        const list = byContact.get(contactId);
        if (list) list.push(fact);
        else byContact.set(contactId, [fact]);
      }
    });
    return byContact;
  }
}

const indexes = new WeakMap<OutpostDb, SegmentFactsIndex>();

export function segmentFactsIndexFor(db: OutpostDb, mutations: MutationLayer): SegmentFactsIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new SegmentFactsIndex(db, mutations);
    indexes.set(db, index);
  }
  return index;
}
