import { demoCountries, type DemoCity, type DemoCountry } from './catalog';
import type { DemoContext } from './demoContext';

export type DemoPlace = { country: DemoCountry; city: DemoCity };

export function randomPlace(ctx: DemoContext): DemoPlace {
  const country = ctx.faker.helpers.weightedArrayElement(demoCountries);
  return { country, city: ctx.faker.helpers.arrayElement(country.cities) };
}

// The place a company record names, so its employees can live and dial in the same city.
export function placeOf(countryCode: string, cityName: string): DemoPlace | undefined {
  const country = demoCountries.find((entry) => entry.value.code === countryCode)?.value;
  const city = country?.cities.find((entry) => entry.name === cityName);
  return country && city ? { country, city } : undefined;
}

// E.164: country dial code, the city's area code and a local number that does not start with 0 or 1.
export function phoneIn(ctx: DemoContext, { country, city }: DemoPlace): string {
  const first = ctx.faker.number.int({ min: 2, max: 9 });
  return `+${country.dialCode}${city.areaCode}${first}${ctx.faker.string.numeric(city.localDigits - 1)}`;
}
