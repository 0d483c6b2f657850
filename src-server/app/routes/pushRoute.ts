import type { FastifyInstance } from 'fastify';
import { pushRequestSchema, type PushResponse } from '@shared/sync/syncProtocol';
import type { SyncStore } from '../../store/SyncStore';
import { findChangeProblem } from '../../sync/checkChanges';
import { pushChanges } from '../../sync/pushChanges';
import { HttpError, parseOrRefuse } from '../httpErrors';
import type { PokeHub } from '../pokeHub';
import { authenticatedDevice } from '../requireDevice';

// POST /v1/sync/push: the whole batch is checked before anything is stored, so a refused
// batch changes nothing.
export function pushRoute(app: FastifyInstance, store: SyncStore, pokes: PokeHub): void {
  app.post('/v1/sync/push', async (request): Promise<PushResponse> => {
    const { workspaceId } = authenticatedDevice(request);
    const { changes } = parseOrRefuse(pushRequestSchema, request.body, 'push');
    const problem = findChangeProblem(changes, Date.now());
    if (problem) throw new HttpError(problem.error === 'clock_drift' ? 422 : 400, problem.error, problem.reason);
    const pushed = await pushChanges(store, workspaceId, changes);
    if (pushed.stored > 0) pokes.poke(workspaceId, pushed.seq);
    return pushed;
  });
}
