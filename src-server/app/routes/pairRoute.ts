import type { FastifyInstance } from 'fastify';
import { pairRequestSchema } from '@shared/sync/syncProtocol';
import { pairDevice } from '../../auth/pairDevice';
import type { SyncStore } from '../../store/SyncStore';
import { HttpError, parseOrRefuse } from '../httpErrors';

// POST /v1/pair: a one-time pairing code becomes a device and its token (the only request
// without a token).
export function pairRoute(app: FastifyInstance, store: SyncStore): void {
  app.post('/v1/pair', async (request) => {
    const pairing = parseOrRefuse(pairRequestSchema, request.body, 'pairing request');
    const paired = await pairDevice(store, pairing);
    if (!paired) throw new HttpError(401, 'pairing_code_refused', 'This pairing code is unknown, expired or already used; ask an admin for a new invite.');
    request.log.info({ deviceId: paired.deviceId, userId: paired.userId }, 'device paired');
    return paired;
  });
}
