import type { Transaction } from 'dexie';
import { packFactsRows } from './events/packFactsRows';
import { repackEventRows } from './events/repackEventRows';

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  // Runs inside Dexie's upgrade transaction; it must only use `tx`, never the app's db instance.
  upgrade?: (tx: Transaction) => Promise<unknown> | void;
};

// Indexes serve the queries the views make: `[deleted+...]` compounds give sorted, filtered
// keyset pages without scanning; `*` marks multiEntry indexes (search tokens, derived id sets).
// To change the schema, append a version; never edit a released one (see docs/ARCHITECTURE.md).
export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      contacts:
        'id, [deleted+sortName], [deleted+updatedAt], email, phone, externalId, visitorId, ownerId, *searchTokens, *tagIds, *listIds, *companyIds',
      companies: 'id, [deleted+sortName], domain, externalId, *searchTokens',
      memberships: 'id, contactId, companyId',
      pipelines: 'id, order',
      stages: 'id, [pipelineId+order]',
      deals: 'id, [deleted+sortName], [pipelineId+stageId], companyId, ownerId, status, externalId, *searchTokens, *contactIds',
      dealContacts: 'id, dealId, contactId',
      tasks: 'id, [deleted+dueAt], [deleted+updatedAt], assigneeId, contactId, dealId, companyId',
      tickets: 'id, [deleted+updatedAt], status, assigneeId, contactId, companyId',
      ticketMessages: 'id, [ticketId+at]',
      events: 'id, [contactId+time], name, time',
      notes: 'id, contactId, companyId, dealId, ticketId',
      tags: 'id, name',
      contactTags: 'id, contactId, tagId',
      lists: 'id, name',
      contactLists: 'id, contactId, listId',
      segments: 'id, name',
      attributeDefinitions: 'id, [entity+key]',
      teamMembers: 'id, email',
      outbox: '++seq',
      syncMeta: 'key',
      importJobs: 'id, createdAt',
      settings: 'key',
    },
  },
  {
    // Contacts: created-date sort and filter; duplicate dismissals as link rows (pair ids).
    version: 2,
    stores: {
      contacts:
        'id, [deleted+sortName], [deleted+updatedAt], [deleted+createdAt], email, phone, externalId, visitorId, ownerId, *searchTokens, *tagIds, *listIds, *companyIds',
      duplicateDismissals: 'id, contactId, otherContactId',
    },
    // Notes gained a kind (note, logged call/email/meeting, merge) and the time an activity happened.
    upgrade: (tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: Record<string, unknown>) => {
          note.kind ??= 'note';
          note.occurredAt ??= null;
        }),
  },
  {
    // Ticket categories managed in Settings; tickets refer to them by id.
    version: 3,
    stores: { ticketCategories: 'id, name' },
  },
  {
    // Events packed 500 to a row, with per-name counts and per-batch facts rows (db/events); the
    // one-row-per-event rows of earlier versions are repacked.
    version: 4,
    stores: { events: 'id, *contactIds, *names, *eventIds' },
    upgrade: (tx) => repackEventRows(tx.table('events')),
  },
  {
    // Events' facts rows keep each contact once in a packed text, its instants in a typed
    // array and no event ids, which read several times faster (db/events/eventRows.ts).
    version: 5,
    stores: {},
    upgrade: (tx) => packFactsRows(tx.table('events')),
  },
];

export const currentSchemaVersion = schemaVersions.at(-1)?.version ?? 1;
