import type { FastifyInstance } from 'fastify';
import { pullQuerySchema, type PullResponse } from '@shared/sync/syncProtocol';
import type { SyncStore } from '../../store/SyncStore';
import { pullChanges } from '../../sync/pullChanges';
import { decodeCursor } from '../../sync/syncCursor';
import { HttpError, parseOrRefuse } from '../httpErrors';
import { authenticatedDevice } from '../requireDevice';

// GET /v1/sync/pull?since=<cursor>&limit=<n>
export function pullRoute(app: FastifyInstance, store: SyncStore): void {
  app.get('/v1/sync/pull', async (request): Promise<PullResponse> => {
    const { workspaceId } = authenticatedDevice(request);
    const query = parseOrRefuse(pullQuerySchema, request.query, 'pull query');
    const cursor = decodeCursor(query.since);
    if (!cursor) throw new HttpError(400, 'bad_request', 'The cursor in "since" was not made by this server; start again with an empty one.');
    return pullChanges(store, workspaceId, cursor, query.limit);
  });
}
