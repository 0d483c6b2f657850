import { z } from 'zod';
import { emailSchema, shortText } from './common';

// An agent who can own contacts and deals or be assigned tasks and tickets.
export const teamMemberFieldsSchema = z.strictObject({
  name: shortText.min(1, { message: 'Enter a name' }),
  email: emailSchema,
});
export type TeamMemberFields = z.infer<typeof teamMemberFieldsSchema>;
