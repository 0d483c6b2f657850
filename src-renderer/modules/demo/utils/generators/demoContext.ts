import { base, en, Faker } from '@faker-js/faker';
import type { RecordFields, SyncedTable } from '@shared/domain/recordSchemas';

export const minuteMs = 60_000;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;

// Link rows get their id from the mutation layer (one per pair), so they are generated without one.
export type DemoLinkTable = 'memberships' | 'contactTags' | 'contactLists' | 'dealContacts' | 'duplicateDismissals';
export type DemoRecord<T extends SyncedTable> = RecordFields<T> & { id: string };

export type DemoContext = {
  faker: Faker;
  referenceDate: Date;
  scale: number;
};

export function createDemoContext(seed: number, scale: number, referenceDate: Date): DemoContext {
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`Demo data scale must be a positive number, got ${scale}`);
  // One instance per run with only English (plus the locale-free base data): seeded, and small in the bundle.
  const faker = new Faker({ locale: [en, base] });
  faker.seed(seed);
  // Everything faker dates or stamps (ULIDs too) is then relative to the reference date, not the clock.
  faker.setDefaultRefDate(referenceDate);
  return { faker, referenceDate, scale };
}

// A ULID from the seeded generator, so the same seed gives the same ids.
export function demoId(ctx: DemoContext): string {
  return ctx.faker.string.ulid();
}

// Scaled counts never drop to zero, so a tiny scale still fills every table.
export function scaledCount(ctx: DemoContext, base: number): number {
  return Math.max(1, Math.round(base * ctx.scale));
}

export function chance(ctx: DemoContext, probability: number): boolean {
  return ctx.faker.datatype.boolean({ probability });
}

// A moment between `fromMs` and `toMs` away from the reference date (negative is the past).
export function momentAround(ctx: DemoContext, fromMs: number, toMs: number): Date {
  return new Date(ctx.referenceDate.getTime() + ctx.faker.number.int({ min: fromMs, max: toMs }));
}

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Lowercase ASCII words joined by `separator`, for email local parts, domains and option values.
export function slug(text: string, separator = '-'): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(separator);
}

// Draws until the value is new; after a few collisions it numbers the value instead.
export function uniqueValue(seen: Set<string>, draw: () => string, numbered: (value: string, n: number) => string): string {
  let value = draw();
  for (let attempt = 0; seen.has(value) && attempt < 5; attempt += 1) value = draw();
  const base = value;
  for (let n = 2; seen.has(value); n += 1) value = numbered(base, n);
  seen.add(value);
  return value;
}

export function byId<T extends { id: string }>(records: T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

// An element of a possibly empty pool (faker's arrayElement throws on an empty one).
export function pickOrNull<T>(ctx: DemoContext, pool: T[]): T | null {
  return pool.length > 0 ? ctx.faker.helpers.arrayElement(pool) : null;
}
