import { z } from 'zod';
import { idSchema, isoDateTime, shortText } from './common';

export const eventKinds = ['simple', 'product'] as const;

// Append-only: something a contact did (page visit, click, goal, purchase).
export const eventFieldsSchema = z.strictObject({
  contactId: idSchema,
  name: shortText.min(1, { message: 'An event needs a name' }),
  kind: z.enum(eventKinds).default('simple'),
  time: isoDateTime,
  properties: z.record(z.string().max(100), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])).default({}),
  productId: z.string().max(200).nullable().default(null),
  productName: shortText.nullable().default(null),
  valueMinor: z.number().int().nullable().default(null),
});
export type EventFields = z.infer<typeof eventFieldsSchema>;
