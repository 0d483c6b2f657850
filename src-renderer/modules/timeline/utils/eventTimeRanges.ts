const dayMs = 24 * 60 * 60 * 1000;

export const eventTimeRanges = [
  { value: '7', label: 'Last 7 days', days: 7 },
  { value: '30', label: 'Last 30 days', days: 30 },
  { value: '90', label: 'Last 90 days', days: 90 },
  { value: 'all', label: 'All time', days: null },
] as const;

export type EventTimeRange = (typeof eventTimeRanges)[number]['value'];

// The ISO start of a range ending now, or null for all time.
export function eventRangeStart(range: string, now: Date): string | null {
  const days = eventTimeRanges.find((option) => option.value === range)?.days ?? null;
  return days === null ? null : new Date(now.getTime() - days * dayMs).toISOString();
}
