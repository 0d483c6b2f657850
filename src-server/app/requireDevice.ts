import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticateToken, type DeviceIdentity } from '../auth/authenticateToken';
import type { SyncStore } from '../store/SyncStore';
import { HttpError } from './httpErrors';

declare module 'fastify' {
  interface FastifyRequest {
    // The paired device making the request; set on every route under requireDevice.
    device: DeviceIdentity | null;
  }
}

// Every route registered in this scope needs `Authorization: Bearer <device token>`.
export function requireDevice(scope: FastifyInstance, store: SyncStore): void {
  scope.addHook('onRequest', async (request) => {
    const token = bearerToken(request);
    if (!token) throw new HttpError(401, 'unauthorized', 'Send the device token as "Authorization: Bearer <token>"; pair the device to get one.');
    const device = await authenticateToken(store, token);
    if (!device) throw new HttpError(401, 'unauthorized', 'This device token is unknown or was revoked; pair the device again.');
    request.device = device;
  });
}

export function authenticatedDevice(request: FastifyRequest): DeviceIdentity {
  if (!request.device) throw new Error('Route is missing requireDevice');
  return request.device;
}

function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}
