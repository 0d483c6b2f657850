import type { z } from 'zod';
import { attributeDefinitionFieldsSchema } from './attribute';
import { companyFieldsSchema } from './company';
import { contactFieldsSchema, contactMembershipFieldsSchema } from './contact';
import { dealContactFieldsSchema, dealFieldsSchema, pipelineFieldsSchema, stageFieldsSchema } from './deal';
import { duplicateDismissalFieldsSchema } from './duplicate';
import { eventFieldsSchema } from './event';
import { contactListFieldsSchema, contactTagFieldsSchema, listFieldsSchema, tagFieldsSchema } from './grouping';
import { noteFieldsSchema } from './note';
import { segmentFieldsSchema } from './segment';
import { taskFieldsSchema } from './task';
import { teamMemberFieldsSchema } from './teamMember';
import { ticketCategoryFieldsSchema, ticketFieldsSchema, ticketMessageFieldsSchema } from './ticket';

// Every synced table and the schema of its fields: the client validates writes with it, and
// the server validates pushed and ingested changes with the same schemas.
export const recordSchemas = {
  contacts: contactFieldsSchema,
  companies: companyFieldsSchema,
  memberships: contactMembershipFieldsSchema,
  pipelines: pipelineFieldsSchema,
  stages: stageFieldsSchema,
  deals: dealFieldsSchema,
  dealContacts: dealContactFieldsSchema,
  tasks: taskFieldsSchema,
  tickets: ticketFieldsSchema,
  ticketMessages: ticketMessageFieldsSchema,
  ticketCategories: ticketCategoryFieldsSchema,
  events: eventFieldsSchema,
  notes: noteFieldsSchema,
  tags: tagFieldsSchema,
  contactTags: contactTagFieldsSchema,
  lists: listFieldsSchema,
  contactLists: contactListFieldsSchema,
  segments: segmentFieldsSchema,
  attributeDefinitions: attributeDefinitionFieldsSchema,
  teamMembers: teamMemberFieldsSchema,
  duplicateDismissals: duplicateDismissalFieldsSchema,
} as const;

export type SyncedTable = keyof typeof recordSchemas;
export type RecordFields<T extends SyncedTable> = z.infer<(typeof recordSchemas)[T]>;
export type RecordInput<T extends SyncedTable> = z.input<(typeof recordSchemas)[T]>;

export const syncedTables = Object.keys(recordSchemas) as SyncedTable[];

export function isSyncedTable(name: string): name is SyncedTable {
  return Object.hasOwn(recordSchemas, name);
}
