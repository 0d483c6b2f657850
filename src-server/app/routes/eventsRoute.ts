import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { SyncStore } from '../../store/SyncStore';
import { type PokeHub, sendPoke } from '../pokeHub';
import { authenticatedDevice } from '../requireDevice';

// GET /v1/sync/events: a server-sent event stream of pokes for the device's workspace. The first
// poke carries the current sequence, so a device that missed pokes while away pulls at once.
export function eventsRoute(app: FastifyInstance, store: SyncStore, pokes: PokeHub): void {
  app.get('/v1/sync/events', async (request, reply) => {
    const { workspaceId } = authenticatedDevice(request);
    const current = await store.query<{ seq: number }>('select seq from workspaces where id = $1', [workspaceId]);
    reply.hijack();
    reply.raw.writeHead(200, {
      // Headers set so far (cross-origin, rate limit) would be lost with the hijacked reply.
      ...(reply.getHeaders() as OutgoingHttpHeaders),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    sendPoke(reply.raw, current.rows[0]!.seq);
    pokes.add(workspaceId, reply.raw);
  });
}
