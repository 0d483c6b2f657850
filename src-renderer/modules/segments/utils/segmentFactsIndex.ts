import type { SegmentNeeds } from '@shared/domain/segments/compileSegment';
import type { SegmentDealFact, SegmentEventFact, SegmentFacts } from '@shared/domain/segments/segmentConditionTypes';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import { eachEventNamed, readContactEvents } from '../../../db/events/readEvents';
import type { StoredEvent } from '../../../db/events/eventRows';
import { unpackTexts } from '../../../db/events/packedTexts';
import type { OutpostDb } from '../../../db/OutpostDb';
import { EventTimesReader } from './eventTimesReader';
import { toSegmentEventFact } from './toSegmentEventFact';

// The id tells a fact delivered twice (a sync page retried) from a second event; null for facts
// read from the events store's facts rows, which keep no event ids.
type KeptEventFact = SegmentEventFact & { id: string | null };
// A contact's instants as the read packed them (see EventTimesPart), made into facts the first
// time the contact is asked about: a segment usually asks about few of them.
type PackedFacts = { times: Float64Array; start: number; count: number };
// One name's facts by contact, and the contacts whose facts must be read again from their
// events before the next count (an event came that the facts could not place without ids),
// with the read of them under way, if any.
type NameFacts = { byContact: Map<string, KeptEventFact[] | PackedFacts>; stale: Set<string>; refreshing: Set<string>; refresh: Promise<void> | null };
export type SegmentFactsLookup = (contactId: string) => SegmentFacts;

const noEvents: readonly SegmentEventFact[] = [];
const noProperties: Record<string, unknown> = {};
// A name is read with its events' properties only when a condition asks about them; otherwise
// its instants alone, from the events store's facts rows. The cache holds each kind apart.
const cacheKey = (name: string, withProperties: boolean) => `${withProperties ? 'properties' : 'times'}|${name}`;
const noDeals: readonly SegmentDealFact[] = [];

// Events and deals grouped by contact for evaluating segments over every contact at once. Each
// event name is read once (its instants from the events store's facts rows, read and grouped in
// a worker, or its whole events when a condition asks about properties) and then kept current
// from the mutation layer's commits: a new event is added to its contact's facts, so counting a
// segment again as conditions change or events arrive does not touch IndexedDB.
export class SegmentFactsIndex {
  private readonly eventsByName = new Map<string, Promise<NameFacts>>();
  // The names whose read has finished, so a commit can be added to them in place.
  private readonly loadedByName = new Map<string, NameFacts>();
  private dealsByContact: Promise<Map<string, SegmentDealFact[]>> | null = null;
  private readonly timesReader: EventTimesReader;
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(
    private readonly db: OutpostDb,
    mutations: MutationLayer,
  ) {
    this.timesReader = new EventTimesReader(db);
    mutations.subscribe((table, rows) => {
      if (table === 'events') this.addEvents(rows as unknown as StoredEvent[]);
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

  async lookup(needs: SegmentNeeds): Promise<SegmentFactsLookup> {
    const withProperties = new Set(needs.eventPropertyNames);
    const named = new Map(
      await Promise.all(
        needs.eventNames.map(async (name) => {
          const facts = await this.events(name, withProperties.has(name));
          await this.refreshStale(name, facts);
          return [name, facts] as const;
        }),
      ),
    );
    const deals = needs.deals ? await this.deals() : new Map<string, SegmentDealFact[]>();
    return (contactId) => ({
      eventsNamed: (name) => factsOf(named.get(name), contactId) ?? noEvents,
      deals: () => deals.get(contactId) ?? noDeals,
    });
  }

  private events(name: string, withProperties: boolean): Promise<NameFacts> {
    // Facts with properties serve a count that needs only the instants too.
    const key = cacheKey(name, withProperties);
    let loading = this.eventsByName.get(cacheKey(name, true)) ?? this.eventsByName.get(key);
    if (!loading) {
      loading = withProperties ? this.readEvents(name) : this.readEventTimes(name);
      this.eventsByName.set(key, loading);
      const current = loading;
      void current.then((byContact) => {
        if (this.eventsByName.get(key) === current) this.loadedByName.set(key, byContact);
      }, () => this.eventsByName.delete(key));
    }
    return loading;
  }

  private async readEvents(name: string): Promise<NameFacts> {
    const byContact = new Map<string, KeptEventFact[]>();
    await eachEventNamed(this.db, name, (event) => {
      if (!event.deleted) addFact(byContact, event.contactId, keptFact(event));
    });
    return nameFacts(byContact);
  }

  private async readEventTimes(name: string): Promise<NameFacts> {
    const byContact = new Map<string, PackedFacts>();
    await this.timesReader.read(name, ({ contactIds, counts, times }) => {
      let start = 0;
      unpackTexts(contactIds).forEach((contactId, index) => {
        const count = counts[index] as number;
        byContact.set(contactId, { times, start, count });
        start += count;
      });
    });
    return nameFacts(byContact);
  }

  // The facts of contacts an event could not be placed for, read again from their events. A
  // count that comes while such a read is under way waits for it, then reads what is left.
  private async refreshStale(name: string, facts: NameFacts): Promise<void> {
    while (facts.refresh || facts.stale.size > 0) {
      facts.refresh ??= this.readStaleContacts(name, facts).finally(() => (facts.refresh = null));
      await facts.refresh;
    }
  }

  private async readStaleContacts(name: string, facts: NameFacts): Promise<void> {
    const contactIds = [...facts.stale];
    facts.stale.clear();
    contactIds.forEach((contactId) => facts.refreshing.add(contactId));
    try {
      const events = await Promise.all(contactIds.map((contactId) => readContactEvents(this.db, contactId)));
      contactIds.forEach((contactId, index) => {
        // An event that came during the read marked the contact stale again: read it next time.
        if (facts.stale.has(contactId)) return;
        const named = (events[index] ?? []).filter((event) => event.name === name && !event.deleted);
        facts.byContact.set(contactId, named.map(keptFact));
      });
    } catch (error) {
      contactIds.forEach((contactId) => facts.stale.add(contactId));
      throw error;
    } finally {
      contactIds.forEach((contactId) => facts.refreshing.delete(contactId));
    }
  }

  // New events join their contact's facts (a repeat of one already there replaces it). Facts
  // read without ids take an event only when it is surely new: never changed since it was made,
  // and at an instant none of the contact's facts has (a repeat would have its instant). Anything
  // else marks the contact to be read again. A name still being read, or an event moved to
  // another contact by a merge, is read again whole.
  private addEvents(events: readonly StoredEvent[]): void {
    for (const event of events) {
      for (const key of [cacheKey(event.name, true), cacheKey(event.name, false)]) {
        const loaded = this.loadedByName.get(key);
        if (!loaded || event.fieldHlc?.contactId) {
          this.eventsByName.delete(key);
          this.loadedByName.delete(key);
          continue;
        }
        const { contactId } = event;
        const list = factsOf(loaded, contactId) ?? [];
        const fact = keptFact(event);
        if (loaded.refreshing.has(contactId)) loaded.stale.add(contactId);
        else if (list.some((kept) => kept.id === event.id) || list.every((kept) => kept.id !== null)) {
          const others = list.filter((kept) => kept.id !== event.id);
          loaded.byContact.set(contactId, event.deleted ? others : [...others, fact]);
        } else if (!event.deleted && !event.fieldHlc && !list.some((kept) => kept.at === fact.at)) list.push(fact);
        else loaded.stale.add(contactId);
      }
    }
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

function addFact(byContact: Map<string, KeptEventFact[]>, contactId: string, fact: KeptEventFact): void {
  const list = byContact.get(contactId);
  if (list) list.push(fact);
  else byContact.set(contactId, [fact]);
}

function nameFacts(byContact: Map<string, KeptEventFact[] | PackedFacts>): NameFacts {
  return { byContact, stale: new Set(), refreshing: new Set(), refresh: null };
}

// A contact's facts of one name, unpacked (and kept so) on the first ask.
function factsOf(facts: NameFacts | undefined, contactId: string): KeptEventFact[] | undefined {
  const entry = facts?.byContact.get(contactId);
  if (!entry || Array.isArray(entry)) return entry;
  const { times, start, count } = entry;
  const unpacked = Array.from({ length: count }, (_, index) => ({ id: null, at: times[start + index] as number, properties: noProperties }));
  facts?.byContact.set(contactId, unpacked);
  return unpacked;
}

function keptFact(event: StoredEvent): KeptEventFact {
  return { id: event.id, ...toSegmentEventFact(event) };
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
