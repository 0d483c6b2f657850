import { getCountries } from 'libphonenumber-js';

export type CountryOption = { value: string; label: string };

const regionNames = new Intl.DisplayNames(undefined, { type: 'region' });

export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

// ISO 3166 alpha-2 codes, named in the viewer's language; libphonenumber already ships the list.
const countryOptions: CountryOption[] = getCountries()
  .map((code) => ({ value: code, label: countryName(code) }))
  .sort((a, b) => a.label.localeCompare(b.label));

// A stored code libphonenumber does not know (say AQ) stays selectable.
export function countryOptionsWith(code: string): CountryOption[] {
  return !code || countryOptions.some((option) => option.value === code) ? countryOptions : [{ value: code, label: countryName(code) }, ...countryOptions];
}
