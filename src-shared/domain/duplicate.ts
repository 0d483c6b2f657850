import { z } from 'zod';
import { idSchema } from './common';

// Two contacts someone decided are different people: the duplicate finder stops proposing them.
export const duplicateDismissalFieldsSchema = z.strictObject({
  contactId: idSchema,
  otherContactId: idSchema,
});
export type DuplicateDismissalFields = z.infer<typeof duplicateDismissalFieldsSchema>;
