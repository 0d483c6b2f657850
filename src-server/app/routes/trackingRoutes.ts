import type { FastifyInstance } from 'fastify';
import type { HybridLogicalClock } from '@shared/sync/hlc';
import { workspaceOfSiteKey } from '../../admin/siteKey';
import { ingestEvent } from '../../ingest/ingestEvent';
import { ingestEventRequestSchema } from '../../ingest/ingestSchemas';
import type { SyncStore } from '../../store/SyncStore';
import { identifyVisitor } from '../../tracking/identifyVisitor';
import { trackingSnippet } from '../../tracking/trackingSnippet';
import { identifyRequestSchema, trackRequestSchema } from '../../tracking/trackingSchemas';
import { HttpError, parseOrRefuse } from '../httpErrors';
import type { PokeHub } from '../pokeHub';

// The website tracking snippet and the two calls it makes. A site key only ever writes visitor
// events and identities; it is no token, so it reads nothing.
export function trackingRoutes(app: FastifyInstance, store: SyncStore, clock: HybridLogicalClock, pokes: PokeHub): void {
  app.get('/t.js', async (_request, reply) => reply.type('application/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(trackingSnippet));

  app.post('/v1/track', async (request, reply) => {
    const body = parseOrRefuse(trackRequestSchema, jsonOf(request.body), 'tracking event');
    const workspaceId = await siteWorkspace(store, body.siteKey);
    const event = ingestEventRequestSchema.parse({ contact: { visitorId: body.visitorId }, event: { name: body.name, properties: body.properties } });
    const { seq } = await ingestEvent(store, clock, workspaceId, event);
    pokes.poke(workspaceId, seq);
    return reply.code(204).send();
  });

  app.post('/v1/track/identify', async (request, reply) => {
    const body = parseOrRefuse(identifyRequestSchema, jsonOf(request.body), 'identify');
    const workspaceId = await siteWorkspace(store, body.siteKey);
    const { seq } = await identifyVisitor(store, clock, workspaceId, body);
    pokes.poke(workspaceId, seq);
    return reply.code(204).send();
  });
}

// Beacons arrive as text/plain (a simple request needs no preflight); Fastify leaves those as text.
function jsonOf(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    throw new HttpError(400, 'bad_request', 'The body is not JSON.');
  }
}

async function siteWorkspace(store: SyncStore, siteKey: string): Promise<string> {
  const workspaceId = await workspaceOfSiteKey(store, siteKey);
  if (!workspaceId) throw new HttpError(401, 'unknown_site_key', 'This site key is unknown; copy the snippet from `npm run server -- site-key`.');
  return workspaceId;
}
