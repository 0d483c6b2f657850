import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { ingestOpenApi } from '../ingest/ingestOpenApi';
import { newServerClock } from '../ingest/newServerClock';
import type { SyncStore } from '../store/SyncStore';
import { allowCrossOrigin } from './allowCrossOrigin';
import { HttpError, replyWithError } from './httpErrors';
import { PokeHub } from './pokeHub';
import { relayPokes } from './pokeRelay';
import { requireDevice } from './requireDevice';
import { eventsRoute } from './routes/eventsRoute';
import { healthRoute } from './routes/healthRoute';
import { ingestRoutes } from './routes/ingestRoutes';
import { pairRoute } from './routes/pairRoute';
import { pullRoute } from './routes/pullRoute';
import { pushRoute } from './routes/pushRoute';
import { trackingRoutes } from './routes/trackingRoutes';

export type SyncAppOptions = {
  store: SyncStore;
  // Fastify's pino logger: false (default), true, or pino options such as { level, stream }.
  logger?: boolean | Record<string, unknown>;
  // Largest request body; a push of maxPushChanges ordinary changes stays well below 5 MB.
  bodyLimitBytes?: number;
  // Requests per device token (per address before pairing) in a time window; false turns it off.
  rateLimit?: { max: number; timeWindowMs: number } | false;
};

const defaultRateLimit = { max: 1200, timeWindowMs: 60_000 };
const heartbeatMs = 25_000;

// Secrets never reach the logs: tokens travel in this header, pairing codes only in bodies,
// which are not logged.
const redact = { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' };

// The sync server as a Fastify instance, not yet listening: `app.inject()` drives it in tests and
// the CLI calls `listen`. The caller owns the store and closes it after `app.close()`.
export async function buildSyncApp(options: SyncAppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const logger: FastifyServerOptions['logger'] =
    options.logger === true ? { redact } : options.logger ? { ...options.logger, redact } : false;
  const app = Fastify({ logger, bodyLimit: options.bodyLimitBytes ?? 5 * 1024 * 1024 });
  app.decorateRequest('device', null);
  app.setErrorHandler(replyWithError);
  app.setNotFoundHandler((request, reply) =>
    replyWithError(new HttpError(404, 'not_found', `There is no ${request.method} ${request.url.split('?')[0]}.`), request, reply),
  );
  allowCrossOrigin(app);

  const limit = options.rateLimit ?? defaultRateLimit;
  if (limit) {
    await app.register(rateLimit, {
      max: limit.max,
      timeWindow: limit.timeWindowMs,
      // After authentication, so each device token has its own budget.
      hook: 'preHandler',
      keyGenerator: (request) => request.device?.tokenId ?? request.ip,
      errorResponseBuilder: (_request, context) => new HttpError(429, 'rate_limited', `Too many requests; retry in ${context.after}.`),
    });
  }

  const pokes = new PokeHub();
  const stopRelay = await relayPokes(store, pokes, app.log);
  const heartbeat = setInterval(() => pokes.heartbeat(), heartbeatMs);
  heartbeat.unref();
  // Event streams never end by themselves; close them so shutdown can finish the other requests.
  app.addHook('preClose', async () => {
    clearInterval(heartbeat);
    pokes.closeAll();
  });
  // Before the caller closes the store.
  app.addHook('onClose', stopRelay);

  // Stamps what the server writes itself (ingest, tracking).
  const clock = newServerClock();
  healthRoute(app, store);
  pairRoute(app, store);
  trackingRoutes(app, store, clock, pokes);
  const openApi = ingestOpenApi();
  app.get('/v1/openapi.json', async () => openApi);
  await app.register(async (scope) => {
    requireDevice(scope, store);
    pushRoute(scope, store, pokes);
    pullRoute(scope, store);
    eventsRoute(scope, store, pokes);
    ingestRoutes(scope, store, clock, pokes);
  });
  return app;
}
