import { type ClientRequest, request } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorResponseSchema } from '@shared/sync/syncProtocol';
import { createPostgresDatabase, postgresCase } from './helpers/serverStorages';
import { freePort, spawnServerProcess } from './helpers/spawnServerProcess';

// A POST whose body is sent in two parts, so the request is still in flight between them.
function startSlowPost(url: string, body: string) {
  const half = Math.floor(body.length / 2);
  let outgoing!: ClientRequest;
  const response = new Promise<{ status: number; body: string }>((done, fail) => {
    outgoing = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => done({ status: incoming.statusCode ?? 0, body: text }));
    });
    outgoing.once('error', fail);
  });
  outgoing.write(body.slice(0, half));
  return { response, finish: () => outgoing.end(body.slice(half)) };
}

type StorageUnderTest = {
  env: Record<string, string>;
  storage: string;
  secret: string | null;
  leftBehind: () => Promise<string[]>;
  dispose: () => Promise<void>;
};

// Where the started server keeps its data: a temporary DATA_DIR, or a fresh PostgreSQL database
// by DATABASE_URL; `storage` is how the start-up line must describe it.
async function prepareStorage(kind: 'PGlite' | 'PostgreSQL'): Promise<StorageUnderTest> {
  if (kind === 'PostgreSQL') {
    const database = await createPostgresDatabase();
    const { host, pathname, password } = new URL(database.url);
    return {
      env: { DATABASE_URL: database.url },
      storage: `PostgreSQL at postgresql://${host}${pathname}`,
      secret: `:${password}@`,
      leftBehind: async () => [],
      dispose: database.drop,
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'outpost-server-process-'));
  return {
    env: { DATA_DIR: dataDir },
    storage: `PGlite in ${dataDir}`,
    secret: null,
    // The lock and the admin socket, gone once the storage is closed: the folder is free to reopen.
    leftBehind: async () => (await readdir(dataDir)).filter((name) => name === 'outpost-server.lock' || name === 'admin.sock'),
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

const cases = [
  { kind: 'PGlite', from: 'DATA_DIR', signal: 'SIGTERM', skip: false },
  { kind: 'PGlite', from: 'DATA_DIR', signal: 'SIGINT', skip: false },
  { kind: 'PostgreSQL', from: 'DATABASE_URL', signal: 'SIGTERM', skip: postgresCase.skip },
] as const;

// `npm run server` as an operator runs it: storage, PORT and HOST from the environment, and a
// clean stop on Ctrl+C (SIGINT) or a service manager's SIGTERM.
describe('npm run server', { timeout: 120_000 }, () => {
  const disposals: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(disposals.splice(0).map((dispose) => dispose()));
  });

  for (const { kind, from, signal, skip } of cases) {
    it.skipIf(skip)(`starts on ${kind} from ${from}, prints its address and storage, answers /health, and on ${signal} finishes the request in flight and exits with 0`, async () => {
      const storage = await prepareStorage(kind);
      disposals.push(storage.dispose);
      const port = await freePort();
      const server = spawnServerProcess({ ...storage.env, PORT: String(port), HOST: '127.0.0.1' });
      try {
        const [, address, printedStorage] = await server.waitForOutput(/listening on (http:\/\/\S+) \(storage: ([^)]+)\)/);
        expect(address).toBe(`http://127.0.0.1:${port}`);
        expect(printedStorage).toBe(storage.storage);

        const health = await fetch(`${address}/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok', storage: kind === 'PGlite' ? 'pglite' : 'postgres' });

        // A pairing request whose body is half sent when the signal comes: the server answers it
        // (from its storage, still open) before it stops.
        const pairing = startSlowPost(`${address}/v1/pair`, JSON.stringify({ code: 'AAAA-BBBB-CCCC', deviceName: 'Late laptop' }));
        await server.waitForOutput(/"url":"\/v1\/pair"/);
        server.signal(signal);
        await server.waitForOutput(/shutting down after in-flight requests/);
        pairing.finish();
        const answer = await pairing.response;
        expect(answer.status).toBe(401);
        expect(errorResponseSchema.parse(JSON.parse(answer.body)).error).toBe('pairing_code_refused');

        expect(await server.exited).toEqual({ code: 0, signal: null });
        await expect(fetch(`${address}/health`)).rejects.toThrow();
        expect(await storage.leftBehind()).toEqual([]);
        expect(server.output()).not.toMatch(/shutdown failed/);
        if (storage.secret) expect(server.output()).not.toContain(storage.secret);
      } finally {
        if (server.child.exitCode === null && server.child.signalCode === null) server.signal('SIGKILL');
        await server.exited;
      }
    });
  }
});
