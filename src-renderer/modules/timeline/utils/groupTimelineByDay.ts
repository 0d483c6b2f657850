import { formatDate } from '../../../ui/utils/formatDate';
import type { TimelineEntry } from './timelineEntry';

// The rows of a virtual timeline: a heading before the first entry of each (local) day.
export type TimelineRow = { type: 'day'; key: string; label: string } | { type: 'entry'; key: string; entry: TimelineEntry };

function localDayKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function dayLabel(date: Date, now: Date): string {
  const key = localDayKey(date);
  if (key === localDayKey(now)) return 'Today';
  // Calendar arithmetic, not minus 24 hours, so a daylight-saving change does not skip a day.
  if (key === localDayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1))) return 'Yesterday';
  return formatDate(date.toISOString());
}

// Entries must come newest first (see mergeTimeline); `now` names today and yesterday.
export function groupTimelineByDay(entries: TimelineEntry[], now: Date): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let currentDay = '';
  for (const entry of entries) {
    const date = new Date(entry.time);
    const day = localDayKey(date);
    if (day !== currentDay) {
      rows.push({ type: 'day', key: `day:${day}`, label: dayLabel(date, now) });
      currentDay = day;
    }
    rows.push({ type: 'entry', key: entry.key, entry });
  }
  return rows;
}
