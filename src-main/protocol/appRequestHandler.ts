import { readFile } from 'node:fs/promises';
import { resolveAppPath } from '../security/resolveAppPath';
import { contentTypeFor } from './contentTypes';

export type AppRequestHandler = (request: Request) => Promise<Response>;

// The app:// protocol handler: serves files from rootDir (the built renderer) and nothing else.
// Files are read with fs rather than net.fetch(file://) so the response type comes from our own
// table, and because Electron's fs reads inside app.asar just the same.
export function createAppRequestHandler(rootDir: string, contentSecurityPolicy: string): AppRequestHandler {
  const headersFor = (contentType: string): Headers =>
    new Headers({
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    });
  const plain = (status: number, text: string): Response =>
    new Response(text, { status, headers: headersFor('text/plain; charset=utf-8') });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return plain(404, 'Not found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      // A plain Uint8Array is a BodyInit under both Node's and the DOM's typings; a Buffer is not.
      body = new Uint8Array(await readFile(filePath));
    } catch {
      // Missing file, a directory, or unreadable: all look the same to the page.
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headersFor(contentTypeFor(filePath)) });
  };
}
