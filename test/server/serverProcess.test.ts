import { type ClientRequest, request } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorResponseSchema } from '@shared/sync/syncProtocol';
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

// `npm run server` as an operator runs it: embedded storage in DATA_DIR, PORT and HOST from the
// environment, and a clean stop on Ctrl+C (SIGINT) or a service manager's SIGTERM.
describe('npm run server', { timeout: 120_000 }, () => {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'starts on PGlite in DATA_DIR, prints its address and storage, answers /health, and on %s finishes the request in flight and exits with 0',
    async (signal) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'outpost-server-process-'));
      folders.push(dataDir);
      const port = await freePort();
      const server = spawnServerProcess({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
      try {
        const [, address, storage] = await server.waitForOutput(/listening on (http:\/\/\S+) \(storage: ([^)]+)\)/);
        expect(address).toBe(`http://127.0.0.1:${port}`);
        expect(storage).toBe(`PGlite in ${dataDir}`);

        const health = await fetch(`${address}/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok', storage: 'pglite' });

        // A pairing request whose body is half sent when the signal comes: the server answers it
        // (from its storage, still open) before it stops.
        const pairing = startSlowPost(`${address}/v1/pair`, JSON.stringify({ code: 'AAAA-BBBB-CCCC', deviceName: 'Late laptop' }));
        await server.waitForOutput(/"url":"\/v1\/pair"/);
        server.child.kill(signal);
        await server.waitForOutput(/shutting down after in-flight requests/);
        pairing.finish();
        const answer = await pairing.response;
        expect(answer.status).toBe(401);
        expect(errorResponseSchema.parse(JSON.parse(answer.body)).error).toBe('pairing_code_refused');

        expect(await server.exited).toEqual({ code: 0, signal: null });
        await expect(fetch(`${address}/health`)).rejects.toThrow();
        // Storage closed: the lock and the admin socket are gone, so the folder is free to reopen.
        expect((await readdir(dataDir)).filter((name) => name === 'outpost-server.lock' || name === 'admin.sock')).toEqual([]);
        expect(server.output()).not.toMatch(/shutdown failed/);
      } finally {
        if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
      }
    },
  );
});
