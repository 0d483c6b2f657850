import type { FieldChange } from '@shared/sync/recordWrite';
import {
  pairResponseSchema,
  pokeEventName,
  pullResponseSchema,
  pushResponseSchema,
  type PairRequest,
  type PairResponse,
  type PullResponse,
  type PushResponse,
} from '@shared/sync/syncProtocol';
import type { z } from 'zod';
import { SyncOfflineError, SyncRequestError } from './syncErrors';

// How the sync engine talks to the server. The app uses fetch; tests pass a fetch that calls
// the server's fastify app.inject(), so the same request code runs against the real server.
export type SyncTransport = {
  push(changes: FieldChange[]): Promise<PushResponse>;
  // The server's default page size unless a limit is given.
  pull(cursor: string, limit?: number): Promise<PullResponse>;
  // Calls onPoke whenever the server says new changes exist; returns a function that stops.
  listen(onPoke: () => void): () => void;
};

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;
export type SyncConnection = { serverUrl: string; token: string };

const browserFetch: FetchLike = (url, init) => fetch(url, init);
// Seconds before an unanswered request counts as a failure (then backoff takes over).
const requestTimeoutMs = 60_000;
const pokeRetryMs = 15_000;

async function request<S extends z.ZodType>(fetchFn: FetchLike, serverUrl: string, path: string, init: RequestInit, schema: S): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetchFn(new URL(path, serverUrl).toString(), { ...init, signal: init.signal ?? AbortSignal.timeout(requestTimeoutMs) });
  } catch (error) {
    throw new SyncOfflineError(serverUrl, error);
  }
  if (!response.ok) throw await SyncRequestError.fromResponse(response, new Headers(init.headers).has('authorization'));
  const body = schema.safeParse(await response.json().catch(() => undefined));
  if (!body.success) throw new SyncRequestError(response.status, 'unexpected_response', `The server at ${serverUrl} sent an answer this version of Outpost does not understand. Is it an Outpost sync server of the same version?`);
  return body.data;
}

// POST /v1/pair: a one-time code from `npm run server -- invite <email>` becomes a device token.
export function pairWithServer(serverUrl: string, pairing: PairRequest, fetchFn: FetchLike = browserFetch): Promise<PairResponse> {
  return request(fetchFn, serverUrl, '/v1/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pairing) }, pairResponseSchema);
}

export function createHttpTransport({ serverUrl, token }: SyncConnection, fetchFn: FetchLike = browserFetch): SyncTransport {
  const authorization = { authorization: `Bearer ${token}` };
  return {
    push: (changes) =>
      request(fetchFn, serverUrl, '/v1/sync/push', { method: 'POST', headers: { ...authorization, 'content-type': 'application/json' }, body: JSON.stringify({ changes }) }, pushResponseSchema),
    pull: (cursor, limit) => {
      const query = new URLSearchParams({ since: cursor, ...(limit ? { limit: String(limit) } : {}) });
      return request(fetchFn, serverUrl, `/v1/sync/pull?${query}`, { headers: authorization }, pullResponseSchema);
    },
    listen: (onPoke) => listenForPokes(fetchFn, serverUrl, authorization, onPoke),
  };
}

// The poke stream (GET /v1/sync/events) read with fetch rather than EventSource, which cannot
// send the Authorization header. Reconnects after a pause when the stream ends or fails; a
// stream that opens again after one was lost counts as a poke, so a server back from an outage
// is synced with at once, not after the engine's backoff (up to minutes).
function listenForPokes(fetchFn: FetchLike, serverUrl: string, headers: Record<string, string>, onPoke: () => void): () => void {
  const controller = new AbortController();
  const run = async () => {
    let lost = false;
    while (!controller.signal.aborted) {
      try {
        const response = await fetchFn(new URL('/v1/sync/events', serverUrl).toString(), { headers: { ...headers, accept: 'text/event-stream' }, signal: controller.signal });
        if (response.ok && response.body) {
          if (lost) onPoke();
          await readEvents(response.body, onPoke);
        }
      } catch {
        // Offline or aborted: the timer and the next local change still trigger syncs.
      }
      lost = true;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pokeRetryMs);
        controller.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  void run();
  return () => controller.abort();
}

async function readEvents(body: ReadableStream<Uint8Array>, onPoke: () => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    const events = buffer.split('\n\n');
    buffer = events.pop() ?? '';
    if (events.some((event) => event.split('\n').includes(`event: ${pokeEventName}`))) onPoke();
  }
}
