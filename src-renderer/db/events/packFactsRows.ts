import type { PromiseExtended } from 'dexie';
import { factsIdPrefix } from './eventRows';
import type { EventsTable } from './eventStore';
import { toFactsRow } from './packEvents';

type FactsRowOfVersion4 = { id: string; factName: string; factEventIds: string[]; factContactIds: string[]; factTimes: number[] };

// Schema version 5's upgrade: version 4's facts rows held an event id, a contact id and an
// instant per event, each an array item; now each contact is once in a packed text, with its
// instants in a typed array, and the event ids are gone (the batches keep them).
export function packFactsRows(table: EventsTable): PromiseExtended<number> {
  return table
    .where('id')
    .between(factsIdPrefix, `${factsIdPrefix}\uffff`)
    .modify((row, context) => {
      const old = row as unknown as FactsRowOfVersion4;
      if (Array.isArray(old.factContactIds)) context.value = toFactsRow(old.id, old.factName, old.factContactIds, old.factTimes);
    });
}
