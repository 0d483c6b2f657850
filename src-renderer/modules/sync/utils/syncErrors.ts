import { errorResponseSchema } from '@shared/sync/syncProtocol';

// The server could not be reached at all: the device is offline or the server is down.
export class SyncOfflineError extends Error {
  constructor(serverUrl: string, cause: unknown) {
    super(`Cannot reach the sync server at ${serverUrl}.`, { cause });
    this.name = 'SyncOfflineError';
  }
}

// The server answered with an error; the message is its reason, in words a user can act on.
export class SyncRequestError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'SyncRequestError';
  }

  // `withToken`: a 401 then means the device's token is no longer accepted (pairing has none).
  static async fromResponse(response: Response, withToken: boolean): Promise<SyncRequestError> {
    const body = errorResponseSchema.safeParse(await response.json().catch(() => null));
    const code = body.success ? body.data.error : `http_${response.status}`;
    if (response.status === 401 && withToken) return new SyncRequestError(401, code, 'This device is not paired any more (its token was revoked or is unknown). Pair it again in Settings > Sync.');
    const reason = body.success ? body.data.reason : `The sync server answered ${response.status} ${response.statusText}.`;
    return new SyncRequestError(response.status, code, reason);
  }
}
