import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ErrorResponse } from '@shared/sync/syncProtocol';
import { summariseZodError } from '@shared/validation/summariseZodError';

// Every refusal answers { error, reason } (errorResponseSchema): `error` a stable code a
// client can branch on, `reason` a sentence a person can act on.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'HttpError';
  }
}

export function parseOrRefuse<Schema extends z.ZodType>(schema: Schema, input: unknown, what: string): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new HttpError(400, 'bad_request', `Invalid ${what}: ${summariseZodError(parsed.error)}`);
  return parsed.data;
}

const codeByStatus: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

// Also shapes Fastify's own refusals (unparsable JSON, body too large, rate limit) the same way.
// A server fault is logged with its cause and answered without it.
export function replyWithError(error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  if (statusCode >= 500) request.log.error({ err: error }, 'request failed');
  const body: ErrorResponse =
    statusCode >= 500 && statusCode !== 503
      ? { error: 'internal', reason: 'The server failed to handle this request; it is logged.' }
      : { error: error instanceof HttpError ? error.code : (codeByStatus[statusCode] ?? 'bad_request'), reason: error.message };
  return reply.code(statusCode).send(body);
}
