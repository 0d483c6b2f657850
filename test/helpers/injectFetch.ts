import type { FastifyInstance } from 'fastify';
import type { FetchLike } from '@renderer/modules/sync/utils/syncTransport';

// A fetch that hands each request to a fastify app's inject(), so the app's own transport code
// talks to the real server in-process. `app` is read on every call: a test can swap in a new
// app over the same store to restart the server.
export function injectFetch(app: () => FastifyInstance): FetchLike {
  return async (url, init = {}) => {
    const { pathname, search } = new URL(url);
    const response = await app().inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      url: `${pathname}${search}`,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      ...(init.body ? { payload: init.body as string } : {}),
    });
    return new Response(response.body, { status: response.statusCode, headers: response.headers as Record<string, string> });
  };
}
