import { z } from 'zod';
import { errorResponseSchema } from '@shared/sync/syncProtocol';
import { ingestEventRequestSchema, ingestEventResponseSchema, ingestTables, upsertRecordRequestSchema, upsertRecordResponseSchema } from './ingestSchemas';

// The ingest API's OpenAPI description, served at GET /v1/openapi.json. Built from the same zod
// schemas the routes parse with, so it cannot drift from them.
export function ingestOpenApi(): Record<string, unknown> {
  const json = (schema: z.ZodType) => ({ 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } });
  const refusals = Object.fromEntries(
    [
      ['400', 'Invalid body or fields; nothing was written'],
      ['401', 'Missing, unknown or revoked token'],
      ['413', 'Body too large'],
      ['429', 'Rate limit reached'],
    ].map(([status, description]) => [status, { description, content: json(errorResponseSchema) }]),
  );
  const upsert = (table: string) => ({
    post: {
      summary: `Create or update a ${table.replace(/s$/, '')} by external id`,
      description: [
        'New records get the defaults for fields not given; existing ones change only the fields given. Custom attributes go under fields.custom.',
        ...(table === 'deals'
          ? ['A new deal needs pipelineId and stageId; without a position it goes to the bottom of its stage. Entering another stage records stageEnteredAt and a stageHistory line; status won or lost records wonAt or lostAt.']
          : []),
      ].join(' '),
      requestBody: { required: true, content: json(upsertRecordRequestSchema) },
      responses: { '200': { description: 'Written as changes to the sync log', content: json(upsertRecordResponseSchema) }, ...refusals },
    },
  });
  return {
    openapi: '3.1.0',
    info: { title: 'Outpost ingest API', version: '1' },
    components: { securitySchemes: { deviceToken: { type: 'http', scheme: 'bearer', description: 'A device token from POST /v1/pair' } } },
    security: [{ deviceToken: [] }],
    paths: {
      ...Object.fromEntries(ingestTables.map((table) => [`/v1/ingest/${table}`, upsert(table)])),
      '/v1/ingest/events': {
        post: {
          summary: 'Record an event for a contact (by external id or email) or an anonymous visitor id',
          description: 'A contact that does not exist yet is created; an anonymous one as a visitor.',
          requestBody: { required: true, content: json(ingestEventRequestSchema) },
          responses: { '200': { description: 'Written as changes to the sync log', content: json(ingestEventResponseSchema) }, ...refusals },
        },
      },
    },
  };
}
