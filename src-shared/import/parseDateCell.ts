import type { DateOrder } from './importTypes';

export type DateParseResult = { ok: true; date: string; time: string | null } | { ok: false; message: string };

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const time = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(am|pm)?\s*(Z|[+-]\d{2}:?\d{2})?)?`;
const isoPattern = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${time}$`, 'i');
const dottedPattern = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})${time}$`, 'i');
const slashedPattern = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})${time}$`, 'i');
const dayMonthNamePattern = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,})\.?,?[\s-]+(\d{4})$/i;
const monthNameDayPattern = /^([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

const pad = (value: number) => String(value).padStart(2, '0');

function fullYear(year: string): number {
  const value = Number(year);
  // Two-digit years: 00-69 are this century, 70-99 the last (as spreadsheets read them).
  return year.length === 2 ? (value < 70 ? 2000 + value : 1900 + value) : value;
}

function monthOf(name: string): number {
  return monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function calendarDate(year: number, month: number, day: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function timeOf(match: RegExpMatchArray, first: number): string | null | undefined {
  if (match[first] === undefined) return null;
  let hours = Number(match[first]);
  const minutes = Number(match[first + 1]);
  const seconds = Number(match[first + 2] ?? 0);
  const meridiem = match[first + 3]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const zone = match[first + 4];
  const offset = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${offset}`;
}

// A calendar date (and time of day, if the cell has one) from the formats spreadsheets and CRM
// exports write: 2025-04-03, 3.4.2025, 03/04/2025 (read by the chosen order), 3 Apr 2025,
// April 3, 2025, with an optional time like 14:30, 2:30 pm or 14:30:00+02:00.
export function parseDateCell(text: string, dateOrder: DateOrder): DateParseResult {
  const value = text.trim();
  const fail: DateParseResult = { ok: false, message: `"${text}" is not a date (${dateOrder === 'DMY' ? 'day/month/year' : 'month/day/year'}, or year-month-day)` };
  let parts: { year: number; month: number; day: number; match: RegExpMatchArray; timeAt: number } | null = null;
  let match: RegExpMatchArray | null;
  if ((match = value.match(isoPattern))) parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), match, timeAt: 4 };
  else if ((match = value.match(dottedPattern))) parts = { year: fullYear(match[3] ?? ''), month: Number(match[2]), day: Number(match[1]), match, timeAt: 4 };
  else if ((match = value.match(slashedPattern))) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [day, month] = dateOrder === 'DMY' ? [first, second] : [second, first];
    parts = { year: fullYear(match[3] ?? ''), month, day, match, timeAt: 4 };
  } else if ((match = value.match(dayMonthNamePattern))) parts = { year: Number(match[3]), month: monthOf(match[2] ?? ''), day: Number(match[1]), match, timeAt: 99 };
  else if ((match = value.match(monthNameDayPattern))) parts = { year: Number(match[3]), month: monthOf(match[1] ?? ''), day: Number(match[2]), match, timeAt: 99 };
  if (!parts || parts.month < 1) return fail;
  const date = calendarDate(parts.year, parts.month, parts.day);
  const timeOfDay = timeOf(parts.match, parts.timeAt);
  if (!date || timeOfDay === undefined) return fail;
  return { ok: true, date, time: timeOfDay };
}
