import type { SyncStore } from './SyncStore';
import { migrations } from './migrations';

const migrationLockKey = 7_007_001;

// Applies the migrations this database has not seen yet, in one transaction. The advisory lock
// keeps two servers starting at once on one PostgreSQL from applying a migration twice.
export async function applyMigrations(store: SyncStore): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [migrationLockKey]);
    await tx.exec(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const applied = await tx.query<{ version: number }>('select version from schema_migrations');
    const appliedVersions = new Set(applied.rows.map((row) => row.version));
    for (const migration of migrations) {
      if (appliedVersions.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
    }
  });
}
