import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// A database as a released version stored it (test/fixtures/db/v<N>.json), to seed at that
// version and upgrade.
export type DatabaseFixture = { schemaVersion: number; tables: Record<string, unknown[]> };

const fixtureDir = resolve(import.meta.dirname, '../fixtures/db');
const typedArrays = { Int32Array, Float64Array };

// JSON has no typed arrays: a fixture writes one as `{ "Float64Array": [...] }`.
function reviveTypedArray(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const kind = keys[0] as keyof typeof typedArrays | undefined;
  if (keys.length !== 1 || !kind || !(kind in typedArrays)) return value;
  return typedArrays[kind].from((value as Record<string, number[]>)[kind] ?? []);
}

export function readDatabaseFixture(file: string): DatabaseFixture {
  return JSON.parse(readFileSync(resolve(fixtureDir, file), 'utf8'), reviveTypedArray) as DatabaseFixture;
}

export function readDatabaseFixtures(): DatabaseFixture[] {
  return readdirSync(fixtureDir)
    .filter((file) => /^v\d+\.json$/.test(file))
    .map(readDatabaseFixture);
}
