import { z } from 'zod';
import { longText, shortText } from './common';

// A condition over an attribute, a membership or events; the operators are evaluated locally.
export const segmentConditionSchema = z.strictObject({
  field: z.string().min(1).max(200),
  operator: z.string().min(1).max(40),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()])), z.null()]),
});
export type SegmentCondition = z.infer<typeof segmentConditionSchema>;

export const segmentGroupSchema = z.strictObject({
  join: z.enum(['and', 'or']),
  conditions: z.array(segmentConditionSchema).max(100),
});

// Groups of conditions joined by AND/OR, nested one level.
export const segmentDefinitionSchema = z.strictObject({
  join: z.enum(['and', 'or']),
  groups: z.array(segmentGroupSchema).max(50),
});
export type SegmentDefinition = z.infer<typeof segmentDefinitionSchema>;

export const segmentFieldsSchema = z.strictObject({
  name: shortText.min(1, { message: 'A segment needs a name' }),
  description: longText.default(''),
  definition: segmentDefinitionSchema.default({ join: 'and', groups: [] }),
});
export type SegmentFields = z.infer<typeof segmentFieldsSchema>;
