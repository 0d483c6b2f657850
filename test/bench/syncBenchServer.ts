import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '@shared/ids';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { expandRecordWrite } from '@shared/sync/recordWrite';
import { maxPushChanges } from '@shared/sync/syncProtocol';
import { createInvite } from '../../src-server/admin/createInvite';
import { createWorkspace } from '../../src-server/admin/createWorkspace';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { newRecordFields } from '../../src-server/ingest/recordFields';
import { openSyncStore } from '../../src-server/store/openSyncStore';
import type { SqlExecutor, SyncStore } from '../../src-server/store/SyncStore';
import { benchContacts } from './page/benchContacts';

// The Node side of the sync bench: the real sync server (buildSyncApp listening on a port) on
// a PGlite data folder in a temporary directory, or on a fresh PostgreSQL database, plus the
// direct SQL the figures are compared with.

export type SyncBenchStorage = 'pglite' | 'postgres';

type StoredChange = { table: string; rowId: string; field: string; value: string; hlc: string };

// Seeding writes this many changes per statement: a workspace of 100,000 contacts is millions.
const seedBatch = 20_000;

export async function startSyncBenchServer(storage: SyncBenchStorage) {
  const { store, cleanUp } = storage === 'pglite' ? await openPgliteInTempFolder() : await openFreshPostgres();
  const app = await buildSyncApp({ store, rateLimit: false, bodyLimitBytes: 50 * 1024 * 1024 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    label: store.kind === 'pglite' ? 'PGlite' : 'PostgreSQL',
    async newWorkspace(name: string): Promise<string> {
      return (await createWorkspace(store, { name, adminEmail: 'bench@example.com' })).workspaceId;
    },
    async pairingCode(workspaceId: string, email: string): Promise<string> {
      return (await createInvite(store, { workspaceId, email })).code;
    },
    countChanges: (workspaceId: string) => countChanges(store, workspaceId),
    insertFloor: (workspaceId: string) => insertFloor(store, workspaceId),
    seedContacts: (workspaceId: string, count: number) => seedContacts(store, workspaceId, count),
    async close(): Promise<void> {
      await app.close();
      await store.close();
      await cleanUp();
    },
  };
}

export type SyncBenchServer = Awaited<ReturnType<typeof startSyncBenchServer>>;

async function openPgliteInTempFolder() {
  const folder = await mkdtemp(join(tmpdir(), 'outpost-sync-bench-'));
  const store = await openSyncStore({ kind: 'pglite', dataDir: folder });
  return { store, cleanUp: () => rm(folder, { recursive: true, force: true }) };
}

async function openFreshPostgres() {
  // Imported only here: it reads OUTPOST_TEST_DATABASE_URL and warns when it is missing.
  const { openPostgresStoresOnOneDatabase } = await import('../server/helpers/serverStorages');
  const [store] = (await openPostgresStoresOnOneDatabase(1)) as [SyncStore];
  return { store, cleanUp: async () => {} };
}

async function countChanges(store: SyncStore, workspaceId: string): Promise<number> {
  const result = await store.query<{ count: number }>('select count(*)::int as count from changes where workspace_id = $1', [workspaceId]);
  return result.rows[0]!.count;
}

// The floor for a push: the rows a push stored, inserted again into a new workspace's log and
// latest values by plain SQL, one statement per batch of the push's size: no HTTP, no
// validation, no lock and no comparison with what is stored. Returns the milliseconds.
async function insertFloor(store: SyncStore, fromWorkspaceId: string): Promise<number> {
  const source = await store.query<StoredChange>(
    'select table_name as "table", row_id as "rowId", field, value, hlc from changes where workspace_id = $1 order by seq',
    [fromWorkspaceId],
  );
  const rows = source.rows;
  const { workspaceId } = await createWorkspace(store, { name: 'Bench floor', adminEmail: 'floor@example.com' });
  const started = performance.now();
  for (let start = 0; start < rows.length; start += maxPushChanges) await insertDirectly(store, workspaceId, start, rows.slice(start, start + maxPushChanges));
  return performance.now() - started;
}

function insertDirectly(db: SqlExecutor, workspaceId: string, seqBefore: number, rows: readonly StoredChange[]) {
  return db.query(
    `with batch as (
       select t, r, f, v, h, $2::bigint + ord as seq
         from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) with ordinality as u(t, r, f, v, h, ord)
     ), logged as (
       insert into changes (workspace_id, seq, table_name, row_id, field, value, hlc) select $1, seq, t, r, f, v, h from batch
     )
     insert into field_values (workspace_id, table_name, row_id, field, value, hlc, seq) select $1, t, r, f, v, h, seq from batch`,
    [
      workspaceId,
      seqBefore,
      rows.map((row) => row.table),
      rows.map((row) => row.rowId),
      rows.map((row) => row.field),
      rows.map((row) => row.value),
      rows.map((row) => row.hlc),
    ],
  );
}

// A workspace holding `count` contacts, each created with every field the way the desktop app
// and the ingest API write a new contact. The workspace is new, so the floor's plain inserts
// store exactly what pushes would, several times faster (a first sync is what is measured).
async function seedContacts(store: SyncStore, workspaceId: string, count: number): Promise<number> {
  const clock = new HybridLogicalClock('benchseed');
  const now = new Date().toISOString();
  let batch: StoredChange[] = [];
  let stored = 0;
  const flush = async () => {
    await insertDirectly(store, workspaceId, stored, batch);
    stored += batch.length;
    batch = [];
  };
  for (const contact of benchContacts(count)) {
    const write = { table: 'contacts', rowId: newId(), hlc: clock.next(), fields: newRecordFields('contacts', contact, now) };
    for (const change of expandRecordWrite(write)) batch.push({ ...change, value: JSON.stringify(change.value) });
    if (batch.length >= seedBatch) await flush();
  }
  if (batch.length > 0) await flush();
  await store.query('update workspaces set seq = $2 where id = $1', [workspaceId, stored]);
  return stored;
}
