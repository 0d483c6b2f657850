import { z } from 'zod';
import { customValuesSchema, longText, optionalId, shortText } from './common';

export const companyFieldsSchema = z.strictObject({
  name: shortText.min(1, { message: 'A company needs a name' }),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253)
    .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$|^$/, { message: 'Enter a domain like example.com' })
    .default(''),
  externalId: z.string().trim().max(200).nullable().default(null),
  industry: shortText.default(''),
  size: z.number().int().nonnegative().nullable().default(null),
  city: shortText.default(''),
  country: z.string().regex(/^([A-Z]{2})?$/, { message: 'Use a two-letter ISO country code' }).default(''),
  ownerId: optionalId,
  about: longText.default(''),
  custom: customValuesSchema,
});
export type CompanyFields = z.infer<typeof companyFieldsSchema>;
