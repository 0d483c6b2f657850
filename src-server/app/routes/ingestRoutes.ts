import type { FastifyInstance } from 'fastify';
import type { HybridLogicalClock } from '@shared/sync/hlc';
import { ingestEvent } from '../../ingest/ingestEvent';
import { ingestEventRequestSchema, ingestTables, upsertRecordRequestSchema } from '../../ingest/ingestSchemas';
import { upsertByExternalId } from '../../ingest/upsertByExternalId';
import type { SyncStore } from '../../store/SyncStore';
import { parseOrRefuse } from '../httpErrors';
import type { PokeHub } from '../pokeHub';
import { authenticatedDevice } from '../requireDevice';

// POST /v1/ingest/{contacts,companies,deals,events}: integrations write records (with a device
// token of their own), and devices get them by pull like any other change.
export function ingestRoutes(app: FastifyInstance, store: SyncStore, clock: HybridLogicalClock, pokes: PokeHub): void {
  for (const table of ingestTables) {
    app.post(`/v1/ingest/${table}`, async (request) => {
      const { workspaceId } = authenticatedDevice(request);
      const body = parseOrRefuse(upsertRecordRequestSchema, request.body, `${table} upsert`);
      const result = await upsertByExternalId(store, clock, workspaceId, table, body);
      pokes.poke(workspaceId, result.seq);
      return result;
    });
  }
  app.post('/v1/ingest/events', async (request) => {
    const { workspaceId } = authenticatedDevice(request);
    const body = parseOrRefuse(ingestEventRequestSchema, request.body, 'event');
    const result = await ingestEvent(store, clock, workspaceId, body);
    pokes.poke(workspaceId, result.seq);
    return result;
  });
}
