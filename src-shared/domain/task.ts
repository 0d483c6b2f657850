import { z } from 'zod';
import { isoDateTime, longText, optionalId, shortText } from './common';

export const taskTypes = ['call', 'follow-up', 'meeting', 'email', 'to-do'] as const;

export const taskFieldsSchema = z.strictObject({
  title: shortText.min(1, { message: 'A task needs a title' }),
  type: z.enum(taskTypes).default('to-do'),
  dueAt: isoDateTime.nullable().default(null),
  completedAt: isoDateTime.nullable().default(null),
  assigneeId: optionalId,
  contactId: optionalId,
  dealId: optionalId,
  companyId: optionalId,
  about: longText.default(''),
});
export type TaskFields = z.infer<typeof taskFieldsSchema>;
