import { getCountries } from 'libphonenumber-js';
import { foldText } from '../text/foldText';

const aliases: Record<string, string> = { usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', america: 'US', uk: 'GB', england: 'GB', 'great britain': 'GB' };

type CountryIndex = { byName: Map<string, string>; codes: Set<string> };
let index: CountryIndex | null = null;

// English country names to ISO codes, built once. The codes are libphonenumber's (the contact
// form's list): the platform also names reserved codes such as UK, which are not ISO 3166.
function countryIndex(): CountryIndex {
  if (index) return index;
  const byName = new Map<string, string>(Object.entries(aliases));
  const codes = new Set<string>(getCountries());
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (const code of codes) {
    const name = display.of(code);
    if (name) byName.set(foldText(name), code);
  }
  index = { byName, codes };
  return index;
}

// A two-letter code ("de", "DE") or an English name ("Germany", "United States", "USA").
export function parseCountryCell(text: string): { ok: true; code: string } | { ok: false; message: string } {
  const value = text.trim();
  const { byName, codes } = countryIndex();
  const code = codes.has(value.toUpperCase()) ? value.toUpperCase() : byName.get(foldText(value));
  return code ? { ok: true, code } : { ok: false, message: `"${text}" is not a country name or two-letter country code` };
}
