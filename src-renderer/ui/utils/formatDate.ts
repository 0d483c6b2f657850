const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

// A date-only value (an expected close date, 2026-03-15) is a calendar day, read as UTC
// midnight: it is shown in UTC, so it is the same day west of Greenwich too.
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayFormat : dateFormat).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : '';
}
