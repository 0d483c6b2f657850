import pg from 'pg';
import type { SqlExecutor, SyncStore } from './SyncStore';

const int8Oid = 20;

// Sequence numbers are bigint; pg returns those as strings unless told otherwise, and they stay
// far below 2^53.
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === int8Oid ? Number : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

// A real PostgreSQL through a connection pool.
export async function openPostgresStore(url: string): Promise<SyncStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  // An idle connection dropped by the server must not crash the process; the pool reconnects.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    kind: 'postgres',
    location: describePostgresUrl(url),
    ...executorOver(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('begin');
        const result = await work(executorOver(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        // A connection that could not even roll back is discarded, not reused.
        client.release(broken);
      }
    },
    listen: (channel, onMessage) => listenOn(url, channel, onMessage),
    close: () => pool.end(),
  };
}

const relistenDelayMs = 1000;

// LISTEN on a connection outside the pool (a pooled one would be handed to other queries). A
// connection that drops is replaced after a second; what was notified meanwhile is lost, which
// for pokes only means devices pull on their timer.
async function listenOn(url: string, channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
  let current: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const scheduleRetry = () => {
    if (!stopped) retry = setTimeout(() => void connect().catch(scheduleRetry), relistenDelayMs);
  };
  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onMessage(message.payload);
    });
    // 'end' follows an error on a connected client.
    client.on('error', () => {});
    client.on('end', () => {
      if (client !== current) return;
      current = undefined;
      scheduleRetry();
    });
    try {
      await client.connect();
      await client.query(`listen "${channel.replaceAll('"', '""')}"`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    if (stopped) await client.end();
    else current = client;
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const client = current;
    current = undefined;
    await client?.end();
  };
}

function executorOver(db: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    query: async <Row>(sql: string, params?: readonly unknown[]) => {
      const result = await db.query(sql, params as unknown[] | undefined);
      return { rows: result.rows as Row[] };
    },
    // Without parameters pg uses the simple query protocol, which runs several statements.
    exec: async (sql) => {
      await db.query(sql);
    },
  };
}

// host:port/database, without the user name or password.
function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgresql://${parsed.host}${parsed.pathname}`;
  } catch {
    return 'postgresql (DATABASE_URL is not a URL)';
  }
}
