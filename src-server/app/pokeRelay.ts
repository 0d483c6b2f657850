import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import type { SyncStore } from '../store/SyncStore';
import type { PokeHub } from './pokeHub';

const channel = 'outpost_pokes';

const relayedPokeSchema = z.object({ origin: z.string(), workspaceId: z.string(), seq: z.number().int().nonnegative() });

// Several server processes on one PostgreSQL poke each other's devices: every poke made here is
// sent with NOTIFY, and those from the other processes are delivered to the devices connected
// here. An embedded PGlite has one server process, so there is nothing to relay. Resolves to a
// function that stops listening.
export async function relayPokes(store: SyncStore, hub: PokeHub, log: FastifyBaseLogger): Promise<() => Promise<void>> {
  if (!store.listen) return async () => {};
  const origin = randomUUID();
  const stop = await store.listen(channel, (payload) => {
    const poke = relayedPokeSchema.safeParse(safeJson(payload));
    if (poke.success && poke.data.origin !== origin) hub.deliver(poke.data.workspaceId, poke.data.seq);
  });
  hub.relayTo((workspaceId, seq) => {
    store.query('select pg_notify($1, $2)', [channel, JSON.stringify({ origin, workspaceId, seq })]).catch((error: unknown) => {
      log.warn({ err: error }, 'could not pass a poke on to other server processes');
    });
  });
  return stop;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
