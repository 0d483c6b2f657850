import { describe, expect, it } from 'vitest';
import { groupTimelineByDay } from '@renderer/modules/timeline/utils/groupTimelineByDay';
import { mergeTimeline } from '@renderer/modules/timeline/utils/mergeTimeline';
import type { TimelineEntry, TimelineEntryKind } from '@renderer/modules/timeline/utils/timelineEntry';

function entry(key: string, time: string, kind: TimelineEntryKind = 'event'): TimelineEntry {
  return { key, kind, time, title: key, body: '', details: [] };
}

const keys = (entries: TimelineEntry[]) => entries.map((item) => item.key);

describe('merging a paged source with the small ones', () => {
  const events = [entry('events:e3', '2026-12-03T10:00:00.000Z'), entry('events:e2', '2026-12-02T10:00:00.000Z'), entry('events:e1', '2026-12-01T10:00:00.000Z')];
  const others = [
    entry('notes:old', '2026-11-01T09:00:00.000Z', 'note'),
    entry('notes:n', '2026-12-02T12:00:00.000Z', 'call'),
    entry('tasks:t', '2026-12-04T08:00:00.000Z', 'task'),
  ];

  it('puts everything newest first once every event is read', () => {
    expect(keys(mergeTimeline({ entries: events, hasMore: false }, others))).toEqual(['tasks:t', 'events:e3', 'notes:n', 'events:e2', 'events:e1', 'notes:old']);
  });

  it('holds back what is older than the oldest event read while more events remain', () => {
    const firstPage = { entries: events.slice(0, 2), hasMore: true };
    expect(keys(mergeTimeline(firstPage, others))).toEqual(['tasks:t', 'events:e3', 'notes:n', 'events:e2']);
  });

  it('orders entries at the same time by key, the same way on every read', () => {
    const same = '2026-12-02T10:00:00.000Z';
    const merged = mergeTimeline({ entries: [entry('events:b', same)], hasMore: false }, [entry('notes:a', same, 'note'), entry('tickets:c', same, 'ticket')]);
    expect(keys(merged)).toEqual(['tickets:c', 'notes:a', 'events:b']);
  });

  it('shows the small sources alone when there are no events', () => {
    expect(keys(mergeTimeline({ entries: [], hasMore: false }, others))).toEqual(['tasks:t', 'notes:n', 'notes:old']);
  });
});

describe('grouping by day', () => {
  // Local noon keeps each entry on its calendar day whatever the test machine's time zone.
  const at = (day: number, hour: number) => new Date(2026, 11, day, hour).toISOString();
  const now = new Date(2026, 11, 4, 18);

  it('starts each local day with a heading, naming today and yesterday', () => {
    const rows = groupTimelineByDay([entry('a', at(4, 12)), entry('b', at(4, 9)), entry('c', at(3, 12)), entry('d', at(1, 12))], now);
    expect(rows.map((row) => (row.type === 'day' ? `# ${row.label}` : row.key))).toEqual([
      '# Today',
      'a',
      'b',
      '# Yesterday',
      'c',
      `# ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2026, 11, 1, 12))}`,
      'd',
    ]);
  });

  it('gives every row a unique key for the virtual list', () => {
    const rows = groupTimelineByDay([entry('a', at(4, 12)), entry('b', at(3, 12)), entry('c', at(3, 8))], now);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });
});
