import pg from 'pg';
import { openSyncStore, type SyncStore } from '../../../src-server/store/openSyncStore';

// The storages every server test runs on: in-memory PGlite always, and a real PostgreSQL when
// OUTPOST_TEST_DATABASE_URL names one (a role allowed to create databases). Each store gets a
// database of its own, dropped on close, so reruns start clean. Without the variable the
// PostgreSQL cases are skipped, unless OUTPOST_REQUIRE_POSTGRES=1 (CI), where they fail.

const postgresUrl = process.env.OUTPOST_TEST_DATABASE_URL;
const postgresRequired = process.env.OUTPOST_REQUIRE_POSTGRES === '1';

export type StorageCase = { name: string; skip: boolean; open: () => Promise<SyncStore> };

export const pgliteCase: StorageCase = { name: 'PGlite', skip: false, open: () => openSyncStore({ kind: 'pglite' }) };

export const postgresCase: StorageCase = { name: 'PostgreSQL', skip: !postgresUrl && !postgresRequired, open: openFreshPostgresStore };

if (postgresCase.skip) console.warn('PostgreSQL server tests skipped: OUTPOST_TEST_DATABASE_URL is not set (bash .ci/run sets it).');

export const storageCases: readonly StorageCase[] = [pgliteCase, postgresCase];

let databaseCount = 0;

async function openFreshPostgresStore(): Promise<SyncStore> {
  const [store] = await openPostgresStoresOnOneDatabase(1);
  return store!;
}

// An empty database of its own, for a server process to open by URL; drop() removes it.
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!postgresUrl) throw new Error('OUTPOST_REQUIRE_POSTGRES=1 but OUTPOST_TEST_DATABASE_URL is not set: no PostgreSQL to test on.');
  databaseCount += 1;
  const name = `outpost_test_${process.pid}_${databaseCount}_${Math.random().toString(36).slice(2, 10)}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {}) };
}

// Several stores on one fresh database, as several server processes would open it; closing the
// first drops the database (close the others before it).
export async function openPostgresStoresOnOneDatabase(count: number): Promise<SyncStore[]> {
  const database = await createPostgresDatabase();
  const stores: SyncStore[] = [];
  for (let index = 0; index < count; index += 1) stores.push(await openSyncStore({ kind: 'postgres', url: database.url }));
  const [first, ...others] = stores as [SyncStore, ...SyncStore[]];
  return [
    {
      ...first,
      async close() {
        await first.close();
        await database.drop();
      },
    },
    ...others,
  ];
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
