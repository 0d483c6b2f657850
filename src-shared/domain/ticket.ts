import { z } from 'zod';
import { customValuesSchema, idSchema, isoDateTime, longText, optionalId, shortText } from './common';

export const ticketStatuses = ['draft', 'open', 'pending', 'resolved', 'closed', 'archived'] as const;
export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export const ticketMessageKinds = ['contact', 'reply', 'note', 'status'] as const;

export const ticketFieldsSchema = z.strictObject({
  subject: shortText.min(1, { message: 'A ticket needs a subject' }),
  status: z.enum(ticketStatuses).default('open'),
  priority: z.enum(ticketPriorities).default('normal'),
  // The id of a ticketCategories row, or '' for none (older rows may still hold a category name).
  category: shortText.default(''),
  tagIds: z.array(idSchema).max(100).default([]),
  assigneeId: optionalId,
  contactId: optionalId,
  companyId: optionalId,
  dueAt: isoDateTime.nullable().default(null),
  // When the thread last grew; writing it also marks the ticket updated, for "Recently updated".
  lastMessageAt: isoDateTime.nullable().default(null),
  custom: customValuesSchema,
});
export type TicketFields = z.infer<typeof ticketFieldsSchema>;

// One thread entry: a message from the contact, an agent's reply or internal note, or a status
// change (which is how the ticket keeps its status history: who, when, from, to).
export const ticketMessageFieldsSchema = z.strictObject({
  ticketId: idSchema,
  kind: z.enum(ticketMessageKinds),
  authorId: optionalId,
  authorName: shortText.default(''),
  body: longText.default(''),
  format: z.enum(['plain', 'markdown']).default('plain'),
  statusFrom: z.enum(ticketStatuses).nullable().default(null),
  statusTo: z.enum(ticketStatuses).nullable().default(null),
  at: isoDateTime,
});
export type TicketMessageFields = z.infer<typeof ticketMessageFieldsSchema>;

// Categories are managed in Settings and synced like any record; tickets point at them by id,
// so a rename is one field write instead of a rewrite of every ticket in the category.
export const ticketCategoryFieldsSchema = z.strictObject({
  name: shortText.min(1, { message: 'A category needs a name' }),
});
export type TicketCategoryFields = z.infer<typeof ticketCategoryFieldsSchema>;
