import { describe, expect, it } from 'vitest';
import { formatPhoneForDisplay, parsePhoneToE164 } from '@shared/text/phoneNumber';

describe('parsePhoneToE164', () => {
  it('stores international and national input in E.164', () => {
    expect(parsePhoneToE164('+49 30 901820')).toEqual({ ok: true, e164: '+4930901820' });
    expect(parsePhoneToE164('030 901820', 'DE')).toEqual({ ok: true, e164: '+4930901820' });
    expect(parsePhoneToE164('(213) 373-4253', 'US')).toEqual({ ok: true, e164: '+12133734253' });
  });

  it('refuses what is not a phone number, saying why', () => {
    expect(parsePhoneToE164('')).toEqual({ ok: false, message: 'Enter a phone number' });
    expect(parsePhoneToE164('030 901820')).toMatchObject({ ok: false, message: expect.stringMatching(/country code/) });
    expect(parsePhoneToE164('12', 'DE')).toMatchObject({ ok: false });
    expect(parsePhoneToE164('+1 555', 'US')).toMatchObject({ ok: false });
    expect(parsePhoneToE164('call me maybe', 'US')).toMatchObject({ ok: false });
  });
});

describe('formatPhoneForDisplay', () => {
  it('formats numbers of the home country nationally and others internationally', () => {
    expect(formatPhoneForDisplay('+4930901820', 'DE')).toBe('030 901820');
    expect(formatPhoneForDisplay('+4930901820', 'US')).toBe('+49 30 901820');
    expect(formatPhoneForDisplay('not a number')).toBe('not a number');
  });
});
