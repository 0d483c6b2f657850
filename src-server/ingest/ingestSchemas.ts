import { z } from 'zod';
import { emailSchema } from '@shared/domain/common';
import { eventFieldsSchema } from '@shared/domain/event';

// Request bodies of the ingest API (POST /v1/ingest/...). Record fields are checked against the
// table's own schema from src-shared/domain, the one the desktop app writes with.

export const ingestTables = ['contacts', 'companies', 'deals'] as const;
export type IngestTable = (typeof ingestTables)[number];

export const externalIdSchema = z.string().trim().min(1).max(200);

export const upsertRecordRequestSchema = z.strictObject({
  externalId: externalIdSchema,
  // Any fields of the table's schema; custom attributes under `custom`. A new record gets the
  // schema's defaults for the rest; an existing one changes only the fields given.
  fields: z.record(z.string(), z.unknown()).default({}),
});
export type UpsertRecordRequest = z.infer<typeof upsertRecordRequestSchema>;

export const upsertRecordResponseSchema = z.strictObject({
  rowId: z.string(),
  created: z.boolean(),
  seq: z.number().int().nonnegative(),
});

// Who did it: a known contact by external id or email, or an anonymous visitor id. A contact
// not found is created (anonymous ones as visitors).
export const eventContactSchema = z.union([
  z.strictObject({ externalId: externalIdSchema }),
  z.strictObject({ email: emailSchema }),
  z.strictObject({ visitorId: z.string().trim().min(1).max(200) }),
]);

export const ingestEventRequestSchema = z.strictObject({
  contact: eventContactSchema,
  event: eventFieldsSchema.omit({ contactId: true }).extend({ time: eventFieldsSchema.shape.time.optional() }),
});
export type IngestEventRequest = z.infer<typeof ingestEventRequestSchema>;

export const ingestEventResponseSchema = z.strictObject({
  contactId: z.string(),
  contactCreated: z.boolean(),
  eventId: z.string(),
  seq: z.number().int().nonnegative(),
});
