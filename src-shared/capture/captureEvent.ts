import { z } from 'zod';
import { idSchema, isoDateTime, optionalId, shortText } from '../domain/common';

export const maxEventAttributes = 5;
export const tooManyAttributesMessage = `Choose up to ${maxEventAttributes} attributes`;

// The trade-show event every capture is filed under while it is active: its tags, list, owner
// and source go onto each contact, and the form asks for the custom attributes chosen for it.
export const captureEventSchema = z.strictObject({
  id: idSchema,
  name: shortText.min(1, { message: 'Give the event a name, like Expo Berlin 2026' }),
  tagIds: z.array(idSchema).max(50).default([]),
  listId: optionalId,
  ownerId: optionalId,
  source: shortText.default(''),
  attributeKeys: z.array(z.string().min(1).max(64)).max(maxEventAttributes, { message: tooManyAttributesMessage }).default([]),
  startedAt: isoDateTime,
});
export type CaptureEvent = z.infer<typeof captureEventSchema>;

// What the counters and the list of recent captures read: kept per device, written in the
// same transaction as each capture so they never disagree with what was saved.
export const captureStatsSchema = z.strictObject({
  day: z.string().default(''),
  today: z.number().int().nonnegative().default(0),
  byEvent: z.record(z.string(), z.number().int().nonnegative()).default({}),
  recentIds: z.array(idSchema).default([]),
});
export type CaptureStats = z.infer<typeof captureStatsSchema>;

export const recentCaptureCount = 5;

// The stats after one more capture on `day` (the local date, YYYY-MM-DD); a contact reopened
// and saved again moves to the top of the recent list without counting twice.
export function countCapture(stats: CaptureStats, contactId: string, eventId: string | null, day: string, isNew: boolean): CaptureStats {
  const today = capturedOn(stats, day) + (isNew ? 1 : 0);
  const byEvent = eventId && isNew ? { ...stats.byEvent, [eventId]: (stats.byEvent[eventId] ?? 0) + 1 } : stats.byEvent;
  const recentIds = [contactId, ...stats.recentIds.filter((id) => id !== contactId)].slice(0, recentCaptureCount);
  return { day, today, byEvent, recentIds };
}

// The captures counted on `day`: the count of an earlier day is over, so "Today" starts again at
// local midnight, before the new day's first capture.
export function capturedOn(stats: CaptureStats, day: string): number {
  return stats.day === day ? stats.today : 0;
}

// Stored values are checked on the way in: a malformed row reads as nothing rather than crashing the view.
export function toCaptureStats(value: unknown): CaptureStats {
  const parsed = captureStatsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : captureStatsSchema.parse({});
}

export function toCaptureEvent(value: unknown): CaptureEvent | null {
  const parsed = captureEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
