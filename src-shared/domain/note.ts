import { z } from 'zod';
import { longText, optionalId } from './common';

export const noteFieldsSchema = z.strictObject({
  body: longText.min(1, { message: 'A note cannot be empty' }),
  authorId: optionalId,
  contactId: optionalId,
  companyId: optionalId,
  dealId: optionalId,
  ticketId: optionalId,
});
export type NoteFields = z.infer<typeof noteFieldsSchema>;
