import type { EventFactsRow } from '@renderer/db/events/eventRows';
import { unpackTexts } from '@renderer/db/events/packedTexts';

// The contact and instant of each event a facts row holds, in the row's order.
export function eventsInFactsRow(row: EventFactsRow): Array<{ contactId: string; at: number }> {
  const events: Array<{ contactId: string; at: number }> = [];
  let slot = 0;
  unpackTexts(row.factContactIds).forEach((contactId, index) => {
    for (const end = slot + (row.factCounts[index] ?? 0); slot < end; slot += 1) events.push({ contactId, at: row.factTimes[slot] ?? 0 });
  });
  return events;
}
