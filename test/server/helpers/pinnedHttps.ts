import { request } from 'node:https';
import { connect, type TLSSocket } from 'node:tls';
import { fingerprintMatchesPin } from '@shared/hub/hubFingerprint';
import { certificateFingerprint } from '../../../src-server/hub/hubCertificate';

export class PinMismatchError extends Error {}

// A client that trusts exactly the pinned certificate, the way a paired app does: the TLS
// handshake finishes, the peer certificate's fingerprint is checked, and only then is anything
// (a pairing code, a token) sent.
async function pinnedSocket(host: string, port: number, pin: string): Promise<TLSSocket> {
  const socket = await new Promise<TLSSocket>((resolve, reject) => {
    const opened = connect({ host, port, rejectUnauthorized: false }, () => resolve(opened));
    opened.once('error', reject);
  });
  const fingerprint = certificateFingerprint(socket.getPeerX509Certificate()!.toString());
  if (!fingerprintMatchesPin(fingerprint, pin)) {
    socket.destroy();
    throw new PinMismatchError(`The hub at ${host}:${port} shows another certificate than the one paired with.`);
  }
  return socket;
}

export async function pinnedJsonRequest(
  target: { host: string; port: number; pin: string },
  method: string,
  path: string,
  options: { body?: unknown; token?: string } = {},
): Promise<{ status: number; json: unknown }> {
  const socket = await pinnedSocket(target.host, target.port, target.pin);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        method,
        path,
        createConnection: () => socket,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, json: text ? JSON.parse(text) : null }));
      },
    );
    outgoing.once('error', reject);
    outgoing.end(payload);
  });
}
