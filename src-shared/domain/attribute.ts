import { z } from 'zod';
import { shortText } from './common';

export const attributeTypes = ['text', 'integer', 'float', 'boolean', 'date', 'datetime', 'choice', 'multichoice'] as const;
export type AttributeType = (typeof attributeTypes)[number];
export const attributeEntities = ['contact', 'company', 'deal', 'ticket'] as const;

export const attributeDefinitionFieldsSchema = z
  .strictObject({
    entity: z.enum(attributeEntities),
    key: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: 'Keys are lowercase letters, digits and _ and start with a letter' }),
    label: shortText.min(1, { message: 'An attribute needs a label' }),
    type: z.enum(attributeTypes),
    options: z.array(z.strictObject({ value: z.string().min(1).max(100), label: shortText.min(1) })).max(500).default([]),
    order: z.number().int().default(0),
  })
  .refine((attribute) => !attribute.type.endsWith('choice') || attribute.options.length > 0, {
    message: 'A fixed-choice attribute needs at least one option',
    path: ['options'],
  });
export type AttributeDefinitionFields = z.infer<typeof attributeDefinitionFieldsSchema>;
