import { withoutEmpty, type CapturedFields } from './capturedFields';

// "MECARD:N:Doe,Jane;TEL:+4930123456;EMAIL:jane@example.com;;" (the format many badge printers
// use): fields end at an unescaped ";", and "\" escapes ";", ":", "," and itself.
export function parseMeCard(payload: string): CapturedFields {
  const body = payload.replace(/^MECARD:/i, '');
  const values = new Map<string, string>();
  for (const part of body.split(/(?<!\\);/)) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const key = part.slice(0, colon).toUpperCase();
    if (!values.has(key)) values.set(key, part.slice(colon + 1));
  }
  const unescape = (value: string | undefined) => (value ?? '').replace(/\\([\\;:,])/g, '$1');
  // N is "last,first"; the comma splits only when not escaped.
  const [lastName = '', firstName = ''] = (values.get('N') ?? '').split(/(?<!\\),/).map(unescape);
  return withoutEmpty({
    firstName,
    lastName,
    email: unescape(values.get('EMAIL')),
    phone: unescape(values.get('TEL')),
    company: unescape(values.get('ORG')),
    jobTitle: unescape(values.get('TITLE')),
    website: unescape(values.get('URL')),
    notes: unescape(values.get('NOTE')),
  });
}
