import { createServer, request } from 'node:http';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AdminError } from '../admin/AdminError';
import type { SyncStore } from '../store/SyncStore';
import { type AdminCommand, runAdminCommand } from './runAdminCommand';

// A PGlite data folder belongs to the running server alone, so `invite`, `tokens`, ... reach
// it through a Unix socket inside that folder: whoever may use the socket may read the
// folder anyway, so it needs no token of its own.

export function adminSocketPath(dataDir: string): string {
  return join(dataDir, 'admin.sock');
}

export async function serveAdminCommands(store: SyncStore, socketPath: string): Promise<() => Promise<void>> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      runAdminCommand(store, JSON.parse(body) as AdminCommand).then(
        (output) => res.writeHead(200).end(output),
        (error: unknown) => res.writeHead(error instanceof AdminError ? 400 : 500).end(error instanceof Error ? error.message : String(error)),
      );
    });
  });
  // A socket file left by a server that died; the data-folder lock says none runs now.
  await rm(socketPath, { force: true });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(socketPath, resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

// The running server's answer, or null when no server listens on the socket.
export function sendAdminCommand(socketPath: string, command: AdminCommand): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method: 'POST', path: '/' }, (res) => {
      let output = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (output += chunk));
      res.on('end', () => (res.statusCode === 200 ? resolve(output) : reject(new AdminError(output))));
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ECONNREFUSED' ? resolve(null) : reject(error)));
    req.end(JSON.stringify(command));
  });
}
