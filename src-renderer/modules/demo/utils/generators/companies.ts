import { companyAttributes, customValues } from './attributes';
import { companySizes, industries } from './catalog';
import { chance, demoId, scaledCount, slug, uniqueValue, type DemoContext, type DemoRecord } from './demoContext';
import { randomPlace } from './places';
import { someMemberId } from './team';

const baseCompanyCount = 300;

export function generateCompanies(ctx: DemoContext, team: DemoRecord<'teamMembers'>[]): DemoRecord<'companies'>[] {
  const names = new Set<string>();
  const domains = new Set<string>();
  return Array.from({ length: scaledCount(ctx, baseCompanyCount) }, () => {
    const { faker } = ctx;
    const name = uniqueValue(names, () => faker.company.name(), (value, n) => `${value} ${n}`);
    const place = randomPlace(ctx);
    const size = faker.helpers.weightedArrayElement(companySizes);
    return {
      id: demoId(ctx),
      name,
      domain: uniqueValue(domains, () => `${slug(name)}.${place.country.domainSuffix}`, (value, n) => value.replace('.', `-${n}.`)),
      externalId: null,
      industry: faker.helpers.arrayElement(industries),
      size: faker.number.int(size),
      city: place.city.name,
      country: place.country.code,
      ownerId: someMemberId(ctx, team, 0.9),
      about: chance(ctx, 0.6) ? faker.company.catchPhrase() : '',
      custom: customValues(ctx, companyAttributes, 0.8),
    };
  });
}
