import { z } from 'zod';
import { idSchema, longText, shortText } from './common';

export const tagFieldsSchema = z.strictObject({
  name: shortText.min(1, { message: 'A tag needs a name' }),
  color: z.string().regex(/^[a-z]+$/).default('gray'),
});
export type TagFields = z.infer<typeof tagFieldsSchema>;

export const contactTagFieldsSchema = z.strictObject({ contactId: idSchema, tagId: idSchema });
export type ContactTagFields = z.infer<typeof contactTagFieldsSchema>;

export const listFieldsSchema = z.strictObject({
  name: shortText.min(1, { message: 'A list needs a name' }),
  description: longText.default(''),
});
export type ListFields = z.infer<typeof listFieldsSchema>;

export const contactListFieldsSchema = z.strictObject({ contactId: idSchema, listId: idSchema });
export type ContactListFields = z.infer<typeof contactListFieldsSchema>;
