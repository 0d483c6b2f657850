import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './dataDirLock';
import type { SqlExecutor, SqlParam, SyncStore } from './SyncStore';

// Embedded PostgreSQL (WebAssembly): nothing to install. It has one connection, so PGlite queues
// other statements while a transaction runs. Without a dataDir everything stays in memory (tests).
export async function openPgliteStore(dataDir?: string): Promise<SyncStore> {
  const location = dataDir ? resolve(dataDir) : 'memory';
  let unlock = async () => {};
  if (dataDir) {
    await mkdir(location, { recursive: true });
    unlock = await lockDataDir(location);
  }
  const db = new PGlite(dataDir ? location : undefined);
  try {
    await db.waitReady;
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    kind: 'pglite',
    location,
    ...executorOver(db),
    transaction: (work) => db.transaction((tx) => work(executorOver(tx))),
    async close() {
      await db.close();
      await unlock();
    },
  };
}

function executorOver(db: PGlite | Transaction): SqlExecutor {
  return {
    query: (sql, params) => db.query(sql, params as SqlParam[] | undefined),
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
}
