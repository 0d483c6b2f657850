const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

// "3:05 PM": the time of an entry under its day heading, which already names the date.
export function formatTimeOfDay(iso: string): string {
  return timeFormat.format(new Date(iso));
}
