import { describe, expect, it, vi } from 'vitest';
import { SyncOfflineError, SyncRequestError } from '@renderer/modules/sync/utils/syncErrors';
import { createHttpTransport, pairWithServer, type FetchLike } from '@renderer/modules/sync/utils/syncTransport';

const connection = { serverUrl: 'http://sync.test:8787', token: 'device-token-0123456789abcdef' };

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('the HTTP sync transport', () => {
  it('sends the token and the cursor, and parses the answer', async () => {
    const seen: Array<{ url: string; headers: Headers }> = [];
    const fetchFn: FetchLike = async (url, init) => {
      seen.push({ url, headers: new Headers(init?.headers) });
      return Response.json({ writes: [], cursor: 'v1.log.3', hasMore: false, snapshot: false });
    };
    await expect(createHttpTransport(connection, fetchFn).pull('v1.log.1', 500)).resolves.toMatchObject({ cursor: 'v1.log.3' });
    expect(seen[0]?.url).toBe('http://sync.test:8787/v1/sync/pull?since=v1.log.1&limit=500');
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${connection.token}`);
  });

  it('turns failures into errors a user can act on', async () => {
    const refused: FetchLike = async () => Response.json({ error: 'unauthorized', reason: 'Unknown token' }, { status: 401 });
    await expect(createHttpTransport(connection, refused).push([{ table: 'tags', rowId: 't', field: 'name', value: 'x', hlc: 'h' }])).rejects.toThrow(/Pair it again in Settings > Sync/);
    // Pairing has no token yet: the server's own reason is the message.
    await expect(pairWithServer(connection.serverUrl, { code: 'abcdef', deviceName: 'Laptop' }, refused)).rejects.toThrow('Unknown token');
    const down: FetchLike = () => Promise.reject(new TypeError('fetch failed'));
    await expect(createHttpTransport(connection, down).pull('')).rejects.toBeInstanceOf(SyncOfflineError);
    const stranger: FetchLike = async () => Response.json({ hello: 'world' });
    await expect(createHttpTransport(connection, stranger).pull('')).rejects.toBeInstanceOf(SyncRequestError);
  });

  it('calls back on every poke in the event stream, however the bytes are split', async () => {
    let pokes = 0;
    const fetchFn: FetchLike = async () => new Response(streamOf(['event: po', 'ke\ndata: {"seq":1}\n\n: heartbeat\n\n', 'event: poke\ndata: {"seq":2}\n\n']));
    const stop = createHttpTransport(connection, fetchFn).listen(() => (pokes += 1));
    await expect.poll(() => pokes).toBe(2);
    stop();
  });

  it('asks for a sync when the event stream opens again after the server was unreachable, not on the first open', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      let pokes = 0;
      const fetchFn: FetchLike = async () => {
        calls += 1;
        if (calls === 2) throw new TypeError('fetch failed');
        return new Response(streamOf([': heartbeat\n\n']));
      };
      const stop = createHttpTransport(connection, fetchFn).listen(() => (pokes += 1));
      await vi.waitFor(() => expect(calls).toBe(1));
      expect(pokes).toBe(0);
      // The first stream ends, the retry fails (server down), the next one opens: one sync.
      await vi.advanceTimersByTimeAsync(15_000);
      await vi.advanceTimersByTimeAsync(15_000);
      await vi.waitFor(() => expect(calls).toBe(3));
      expect(pokes).toBe(1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
