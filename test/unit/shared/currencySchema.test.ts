import { describe, expect, it } from 'vitest';
import { currencySchema, isoCurrencyCodes } from '@shared/domain/common';
import { dealFieldsSchema } from '@shared/domain/deal';

const messages = (value: unknown) => currencySchema.safeParse(value).error?.issues.map((issue) => issue.message);

describe('the currency of a deal', () => {
  it('is an ISO 4217 code', () => {
    for (const code of ['EUR', 'USD', 'JPY', 'CHF', 'BHD']) expect(currencySchema.safeParse(code).success).toBe(true);
    expect(isoCurrencyCodes().size).toBeGreaterThan(100);
  });

  it('refuses three capitals that are no currency, naming the code and giving examples', () => {
    expect(messages('XYZ')).toEqual(['XYZ is not an ISO 4217 currency code; use one like EUR, USD or JPY']);
    expect(messages('ABC')).toEqual(['ABC is not an ISO 4217 currency code; use one like EUR, USD or JPY']);
  });

  it('says once what shape a code has when it is not three capitals', () => {
    expect(messages('euro')).toEqual(['Use a three-letter ISO 4217 currency code, like EUR']);
    expect(messages('eur')).toEqual(['Use a three-letter ISO 4217 currency code, like EUR']);
  });

  it('is checked on the deal, beside its field', () => {
    const result = dealFieldsSchema.safeParse({ title: 'Renewal', pipelineId: 'p', stageId: 's', position: 'a0', currency: 'XYZ' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['currency']);
  });
});
