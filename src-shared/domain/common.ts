import { z } from 'zod';

export const idSchema = z.string().min(1).max(200);
export const optionalId = idSchema.nullable().default(null);
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();
export const shortText = z.string().trim().max(200);
export const longText = z.string().max(100_000);

// IndexedDB cannot index booleans, so the soft-delete flag is 0 or 1.
export const deletedFlag = z.union([z.literal(0), z.literal(1)]);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter an email address like name@example.com' }));

export const e164PhoneSchema = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, { message: 'Phone numbers are stored in international E.164 form, like +4930123456' });

// The ISO 4217 codes this runtime's Intl knows (Node and Chromium ship the same list, give or
// take a code newer than one of them), read once.
let isoCurrencies: ReadonlySet<string> | undefined;
export function isoCurrencyCodes(): ReadonlySet<string> {
  isoCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCurrencies;
}

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'Use a three-letter ISO 4217 currency code, like EUR', abort: true })
  .refine((code) => isoCurrencyCodes().has(code), { error: (issue) => `${String(issue.input)} is not an ISO 4217 currency code; use one like EUR, USD or JPY` });

export const customValueSchema = z.union([z.string().max(10_000), z.number(), z.boolean(), z.array(z.string().max(500)).max(200), z.null()]);
export type CustomValue = z.infer<typeof customValueSchema>;
export const customValuesSchema = z.record(z.string().min(1).max(64), customValueSchema).default({});

// What every synced record carries besides its own fields. `hlc` and `fieldHlc` are local
// bookkeeping for the merge rule (the row's first write and later per-field writes).
export type RecordMeta = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deleted: 0 | 1;
  hlc: string;
  fieldHlc?: Record<string, string>;
};
