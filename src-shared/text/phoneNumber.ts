import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type PhoneParseResult = { ok: true; e164: string } | { ok: false; message: string };

// Phone numbers are stored in E.164 ("+4930123456"); people type them any way they like.
export function parsePhoneToE164(input: string, defaultCountry?: string): PhoneParseResult {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Enter a phone number' };
  const country = defaultCountry && /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed) {
    return {
      ok: false,
      message: country ? 'This is not a phone number' : 'Start the number with + and its country code, like +49 30 123456',
    };
  }
  if (!parsed.isValid()) return { ok: false, message: parsed.country ? `This is not a valid ${parsed.country} phone number` : 'This is not a valid phone number' };
  return { ok: true, e164: parsed.number };
}

// National format for numbers of the viewer's own country, international for the rest.
export function formatPhoneForDisplay(e164: string, homeCountry?: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === homeCountry ? parsed.formatNational() : parsed.formatInternational();
}
