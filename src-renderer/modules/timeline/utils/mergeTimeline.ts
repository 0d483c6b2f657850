import { compareNewestFirst, type TimelineEntry } from './timelineEntry';

// The newest events read so far (newest first) and whether older ones remain unread.
export type PagedEntries = { entries: TimelineEntry[]; hasMore: boolean };

// Merges a paged source (events, possibly thousands) with small sources read in full (notes,
// tasks, deals, tickets). While older events are unread, entries older than the oldest event
// read are held back: shown now, they would jump down once the events before them load.
export function mergeTimeline(paged: PagedEntries, others: TimelineEntry[]): TimelineEntry[] {
  const oldestRead = paged.entries.at(-1)?.time;
  const cutoff = paged.hasMore ? oldestRead : undefined;
  const rest = others.filter((entry) => cutoff === undefined || entry.time >= cutoff).sort(compareNewestFirst);
  const merged: TimelineEntry[] = [];
  let p = 0;
  let r = 0;
  while (p < paged.entries.length || r < rest.length) {
    const fromPaged = paged.entries[p];
    const fromRest = rest[r];
    if (fromRest === undefined || (fromPaged !== undefined && compareNewestFirst(fromPaged, fromRest) <= 0)) {
      merged.push(fromPaged as TimelineEntry);
      p += 1;
    } else {
      merged.push(fromRest);
      r += 1;
    }
  }
  return merged;
}
