import type { FastifyInstance } from 'fastify';
import type { SyncStore } from '../../store/SyncStore';
import { HttpError } from '../httpErrors';

// GET /health: up and able to reach its storage.
export function healthRoute(app: FastifyInstance, store: SyncStore): void {
  app.get('/health', async () => {
    try {
      await store.query('select 1');
    } catch {
      throw new HttpError(503, 'unavailable', 'The server cannot reach its storage.');
    }
    return { status: 'ok', storage: store.kind };
  });
}
