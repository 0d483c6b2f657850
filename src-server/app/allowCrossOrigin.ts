import type { FastifyInstance } from 'fastify';

// The desktop app (app://) and `npm run web` call the server from another origin. Any origin
// may: requests carry a bearer token, never cookies, so a foreign page gains nothing by it.
export function allowCrossOrigin(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('access-control-allow-origin', '*');
    if (request.method !== 'OPTIONS') return;
    return reply
      .header('access-control-allow-methods', 'GET, POST, OPTIONS')
      .header('access-control-allow-headers', 'authorization, content-type')
      .header('access-control-max-age', '86400')
      .code(204)
      .send();
  });
}
