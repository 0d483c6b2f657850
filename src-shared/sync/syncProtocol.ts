import { z } from 'zod';
import { fieldChangeSchema } from './recordWrite';

// The wire contract between a device and the sync server (src-server). Both sides parse with
// these schemas, so a field renamed on one side fails typecheck on the other.

export const maxPushChanges = 5000;
// A pulled page is one request and one IndexedDB transaction on the device: 40,000 changes (about
// 2,000 new contacts, 1 MB as grouped writes) is as many rows per transaction as the first-sync
// bench's bulkPut floor writes; pages of 5,000 made a first sync far slower.
export const maxPullLimit = 40000;
export const defaultPullLimit = 1000;

// POST /v1/pair: a one-time pairing code (from `npm run server -- invite <email>`) becomes a device token.
export const pairRequestSchema = z.strictObject({
  code: z.string().trim().min(6).max(200),
  deviceName: z.string().trim().min(1).max(200),
});
export type PairRequest = z.infer<typeof pairRequestSchema>;

export const pairResponseSchema = z.strictObject({
  token: z.string().min(20),
  workspaceId: z.string(),
  userId: z.string(),
  deviceId: z.string(),
});
export type PairResponse = z.infer<typeof pairResponseSchema>;

// POST /v1/sync/push (Authorization: Bearer <token>). Retrying a batch is harmless: a change is
// stored once per (table, rowId, field, hlc).
export const pushRequestSchema = z.strictObject({
  changes: z.array(fieldChangeSchema).min(1).max(maxPushChanges),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.strictObject({
  // Changes stored by this request; a retried batch stores 0.
  stored: z.number().int().nonnegative(),
  // The workspace sequence after this push committed.
  seq: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

// A pulled page carries changes grouped by the write that made them: the fields of one row that
// share one HLC, as a device's outbox keeps them (RecordWrite). A first sync is mostly whole
// records, so this is about a sixth of the bytes and objects of one entry per field. `seq`: the
// sequence number of the write's last change on this page.
export const pulledWriteSchema = z.strictObject({
  table: fieldChangeSchema.shape.table,
  rowId: fieldChangeSchema.shape.rowId,
  hlc: fieldChangeSchema.shape.hlc,
  seq: z.number().int().nonnegative(),
  fields: z.record(fieldChangeSchema.shape.field, fieldChangeSchema.shape.value),
});
export type PulledWrite = z.infer<typeof pulledWriteSchema>;

// GET /v1/sync/pull?since=<cursor>&limit=<n>. The cursor is opaque to the device: it stores the
// returned one only after applying the page, and starts with an empty one. A device whose
// cursor is older than the retained log gets the current values as a paged snapshot instead.
export const pullQuerySchema = z.strictObject({
  since: z.string().max(400).default(''),
  limit: z.coerce.number().int().min(1).max(maxPullLimit).default(defaultPullLimit),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const pullResponseSchema = z.strictObject({
  writes: z.array(pulledWriteSchema),
  cursor: z.string(),
  hasMore: z.boolean(),
  snapshot: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

// GET /v1/sync/events: a server-sent event stream; each `poke` event carries the new sequence.
export const pokeEventName = 'poke';
export const pokeSchema = z.strictObject({ seq: z.number().int().nonnegative() });

// Every error response: a status code and a readable reason.
export const errorResponseSchema = z.strictObject({
  error: z.string(),
  reason: z.string(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
