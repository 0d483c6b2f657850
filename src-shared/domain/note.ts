import { z } from 'zod';
import { isoDateTime, longText, optionalId } from './common';

// A note, a logged activity (a call, email or meeting that happened) or a system entry such as
// a merge: all of them are written things on a record's timeline.
export const noteKinds = ['note', 'call', 'email', 'meeting', 'merge'] as const;

export const noteFieldsSchema = z.strictObject({
  kind: z.enum(noteKinds).default('note'),
  body: longText.min(1, { message: 'A note cannot be empty' }),
  // When a logged activity took place; null for notes, which happen when they are written.
  occurredAt: isoDateTime.nullable().default(null),
  authorId: optionalId,
  contactId: optionalId,
  companyId: optionalId,
  dealId: optionalId,
  ticketId: optionalId,
});
export type NoteFields = z.infer<typeof noteFieldsSchema>;
