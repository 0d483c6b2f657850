import { describe, expect, it } from 'vitest';
import { formatMoney } from '@renderer/ui/utils/formatMoney';

describe('formatMoney', () => {
  it("reads minor units with each currency's own digits, also when currencies alternate", () => {
    const formatted = [formatMoney(120_050, 'EUR'), formatMoney(1200, 'JPY'), formatMoney(5, 'EUR'), formatMoney(1234, 'KWD')];
    expect(formatted.map((text) => text.replace(/[^\d.,]/g, ''))).toEqual(['1,200.50', '1,200', '0.05', '1.234']);
  });
});
