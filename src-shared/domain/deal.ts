import { z } from 'zod';
import { currencySchema, customValuesSchema, idSchema, isoDate, isoDateTime, longText, optionalId, shortText } from './common';

export const dealStatuses = ['open', 'won', 'lost', 'abandoned', 'archived'] as const;

export const pipelineFieldsSchema = z.strictObject({
  name: shortText.min(1, { message: 'A pipeline needs a name' }),
  order: z.string().min(1).max(100),
});
export type PipelineFields = z.infer<typeof pipelineFieldsSchema>;

export const stageFieldsSchema = z.strictObject({
  pipelineId: idSchema,
  name: shortText.min(1, { message: 'A stage needs a name' }),
  order: z.string().min(1).max(100),
  probability: z.number().int().min(0).max(100).default(0),
});
export type StageFields = z.infer<typeof stageFieldsSchema>;

// One entry per stage a deal entered, oldest first. Kept on the deal (not as separate rows) so a
// drag between stages stays one small write; concurrent moves on two devices keep the later list.
export const stageHistoryEntrySchema = z.strictObject({ stageId: idSchema, at: isoDateTime });
export type StageHistoryEntry = z.infer<typeof stageHistoryEntrySchema>;
export const maxStageHistory = 100;

export const dealFieldsSchema = z.strictObject({
  title: shortText.min(1, { message: 'A deal needs a title' }),
  valueMinor: z.number().int({ message: 'Deal values are whole minor units (cents)' }).nonnegative().default(0),
  currency: currencySchema.default('EUR'),
  pipelineId: idSchema,
  stageId: idSchema,
  // Fractional index: two devices reordering the same column do not clash.
  position: z.string().min(1).max(100),
  status: z.enum(dealStatuses).default('open'),
  lostReason: shortText.default(''),
  expectedCloseDate: isoDate.nullable().default(null),
  wonAt: isoDateTime.nullable().default(null),
  lostAt: isoDateTime.nullable().default(null),
  stageEnteredAt: isoDateTime.nullable().default(null),
  stageHistory: z.array(stageHistoryEntrySchema).max(maxStageHistory).default([]),
  externalId: z.string().trim().max(200).nullable().default(null),
  ownerId: optionalId,
  companyId: optionalId,
  about: longText.default(''),
  custom: customValuesSchema,
});
export type DealFields = z.infer<typeof dealFieldsSchema>;

export const dealContactFieldsSchema = z.strictObject({
  dealId: idSchema,
  contactId: idSchema,
});
export type DealContactFields = z.infer<typeof dealContactFieldsSchema>;
