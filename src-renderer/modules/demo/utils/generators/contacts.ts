import { isIdentified } from '@shared/domain/contact';
import type { RecordFields } from '@shared/domain/recordSchemas';
import { contactAttributes, customValues } from './attributes';
import { contactSources, identifiedStatuses } from './catalog';
import { chance, dayMs, demoId, isoDay, momentAround, scaledCount, slug, uniqueValue, type DemoContext, type DemoRecord } from './demoContext';
import { phoneIn, placeOf, randomPlace } from './places';
import { someMemberId } from './team';

const baseContactCount = 2000;
const anonymousShare = 0.15;

type Company = DemoRecord<'companies'>;
type Team = DemoRecord<'teamMembers'>[];

export type DemoContacts = { contacts: DemoRecord<'contacts'>[]; memberships: RecordFields<'memberships'>[] };

// Identified contacts first (with their memberships), then anonymous website visitors.
export function generateContacts(ctx: DemoContext, team: Team, companies: Company[]): DemoContacts {
  const total = scaledCount(ctx, baseContactCount);
  const anonymousCount = Math.round(total * anonymousShare);
  const emails = new Set<string>();
  const contacts: DemoRecord<'contacts'>[] = [];
  const memberships: RecordFields<'memberships'>[] = [];
  for (let index = 0; index < total - anonymousCount; index += 1) {
    const employers = pickEmployers(ctx, companies);
    const contact = identifiedContact(ctx, team, employers[0], emails);
    contacts.push(contact);
    memberships.push(...employers.map((company, order) => membership(ctx, contact.id, company.id, order === 0)));
  }
  addDeliberateDuplicates(contacts, memberships);
  for (let index = 0; index < anonymousCount; index += 1) contacts.push(anonymousContact(ctx));
  return { contacts, memberships };
}

// Real databases hold duplicates: the last few identified contacts become twins of the first
// ones (same email, same phone, same name at the same company), so the duplicate finder and
// merge have something to show.
function addDeliberateDuplicates(contacts: DemoRecord<'contacts'>[], memberships: RecordFields<'memberships'>[]): void {
  const twins = contacts.length >= 20 ? contacts.slice(-3) : [];
  twins.forEach((twin, index) => {
    const original = contacts[index] as DemoRecord<'contacts'>;
    twin.firstName = original.firstName;
    twin.lastName = original.lastName;
    if (index === 0) twin.email = original.email;
    if (index === 1) twin.phone = original.phone ?? twin.phone;
    if (index === 2) {
      for (const link of memberships.filter((membership) => membership.contactId === original.id)) memberships.push({ ...link, contactId: twin.id, primary: false });
    }
  });
}

// Most people work at one company, some at two, a few at none.
function pickEmployers(ctx: DemoContext, companies: Company[]): Company[] {
  const count = ctx.faker.helpers.weightedArrayElement([
    { weight: 13, value: 0 },
    { weight: 75, value: 1 },
    { weight: 12, value: 2 },
  ]);
  return ctx.faker.helpers.arrayElements(companies, count);
}

function identifiedContact(ctx: DemoContext, team: Team, employer: Company | undefined, emails: Set<string>): DemoRecord<'contacts'> {
  const { faker } = ctx;
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  // Most people live where their employer is based.
  const place = (employer && chance(ctx, 0.8) && placeOf(employer.country, employer.city)) || randomPlace(ctx);
  const email = chance(ctx, 0.9) ? uniqueEmail(ctx, firstName, lastName, employer, emails) : null;
  // A contact without an email is identified by phone instead.
  const phone = !email || chance(ctx, 0.55) ? phoneIn(ctx, place) : null;
  return {
    id: demoId(ctx),
    firstName,
    lastName,
    email,
    phone,
    externalId: chance(ctx, 0.25) ? `user-${faker.string.numeric(6)}` : null,
    // Many were tracked on the website before they identified themselves.
    visitorId: chance(ctx, 0.4) ? faker.string.uuid() : null,
    status: faker.helpers.weightedArrayElement(identifiedStatuses),
    ownerId: someMemberId(ctx, team, 0.85),
    source: faker.helpers.weightedArrayElement(contactSources),
    city: place.city.name,
    country: place.country.code,
    language: place.country.language,
    socialProfiles: chance(ctx, 0.3) ? { linkedin: `https://www.linkedin.com/in/${slug(`${firstName} ${lastName}`)}-${faker.string.numeric(4)}` } : {},
    about: chance(ctx, 0.1) ? faker.person.bio() : '',
    lastSeenAt: null,
    custom: customValues(ctx, contactAttributes, 0.7),
  };
}

// Work addresses use the employer's domain; the rest use faker's free-mail providers.
function uniqueEmail(ctx: DemoContext, firstName: string, lastName: string, employer: Company | undefined, emails: Set<string>): string {
  const draw = () =>
    employer
      ? `${slug(firstName, '.')}.${slug(lastName, '.')}@${employer.domain}`
      : ctx.faker.internet.email({ firstName: slug(firstName, '.'), lastName: slug(lastName, '.') }).toLowerCase();
  return uniqueValue(emails, draw, (value, n) => value.replace('@', `${n}@`));
}

function anonymousContact(ctx: DemoContext): DemoRecord<'contacts'> {
  return {
    id: demoId(ctx),
    firstName: '',
    lastName: '',
    email: null,
    phone: null,
    externalId: null,
    visitorId: ctx.faker.string.uuid(),
    status: 'visitor',
    ownerId: null,
    source: 'website',
    city: '',
    country: '',
    language: '',
    socialProfiles: {},
    about: '',
    lastSeenAt: null,
    custom: {},
  };
}

function membership(ctx: DemoContext, contactId: string, companyId: string, primary: boolean): RecordFields<'memberships'> {
  return {
    contactId,
    companyId,
    role: ctx.faker.person.jobTitle(),
    since: isoDay(momentAround(ctx, -10 * 365 * dayMs, -30 * dayMs)),
    primary,
  };
}

// Who is who, for the generators that link records to people and companies.
export type DemoPeople = {
  identified: DemoRecord<'contacts'>[];
  anonymous: DemoRecord<'contacts'>[];
  primaryCompanyOf: Map<string, string>;
  membersOf: Map<string, string[]>;
};

export function indexPeople({ contacts, memberships }: DemoContacts): DemoPeople {
  const primaryCompanyOf = new Map<string, string>();
  const membersOf = new Map<string, string[]>();
  for (const { contactId, companyId, primary } of memberships) {
    if (primary) primaryCompanyOf.set(contactId, companyId);
    const members = membersOf.get(companyId) ?? [];
    members.push(contactId);
    membersOf.set(companyId, members);
  }
  return {
    identified: contacts.filter((contact) => isIdentified(contact)),
    anonymous: contacts.filter((contact) => !isIdentified(contact)),
    primaryCompanyOf,
    membersOf,
  };
}
