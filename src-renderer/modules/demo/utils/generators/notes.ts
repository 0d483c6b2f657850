import { contactDisplayName } from '@shared/domain/contact';
import type { DemoPeople } from './contacts';
import { demoId, scaledCount, type DemoContext, type DemoRecord } from './demoContext';
import { someMemberId } from './team';

const baseNoteCount = 300;

export type NoteSources = {
  team: DemoRecord<'teamMembers'>[];
  people: DemoPeople;
  companies: DemoRecord<'companies'>[];
  deals: DemoRecord<'deals'>[];
};

type NoteAbout = Pick<DemoRecord<'notes'>, 'body' | 'contactId' | 'companyId' | 'dealId'>;

const aboutSomeone: Array<(subject: string, ctx: DemoContext) => string> = [
  (subject) => `Spoke with ${subject} today. They want a proposal before the end of the month.`,
  (subject, { faker }) => `${subject} is evaluating other vendors; main concern is to ${faker.company.buzzPhrase().toLowerCase()}.`,
  (subject) => `Budget for ${subject} is confirmed for next quarter.`,
  (subject, { faker }) => `Met ${subject} at the trade show. Interested in ${faker.commerce.productName().toLowerCase()}.`,
  (subject) => `Sent the pricing sheet to ${subject}; waiting for feedback.`,
  (subject) => `${subject} asked for a reference customer in the same industry.`,
];
const aboutDeals = [
  'Next step: send the revised quote.',
  'Legal review has started on their side.',
  'Our champion changed roles; we need a new sponsor.',
  'A 10% discount was approved by management.',
  'Decision expected after their board meeting.',
];

export function generateNotes(ctx: DemoContext, sources: NoteSources): DemoRecord<'notes'>[] {
  return Array.from({ length: scaledCount(ctx, baseNoteCount) }, () => ({
    id: demoId(ctx),
    kind: 'note' as const,
    occurredAt: null,
    authorId: someMemberId(ctx, sources.team),
    ...noteAbout(ctx, sources),
    ticketId: null,
  }));
}

// Half the notes are about a person, the rest about a company or a deal.
function noteAbout(ctx: DemoContext, { people, companies, deals }: NoteSources): NoteAbout {
  const { faker } = ctx;
  const target = faker.helpers.weightedArrayElement([
    { weight: 50, value: 'contact' },
    { weight: 25, value: 'company' },
    { weight: 25, value: 'deal' },
  ] as const);
  const bodyAbout = (subject: string) => faker.helpers.arrayElement(aboutSomeone)(subject, ctx);
  if (target === 'contact') {
    const contact = faker.helpers.arrayElement(people.identified);
    return { body: bodyAbout(contactDisplayName(contact)), contactId: contact.id, companyId: null, dealId: null };
  }
  if (target === 'company') {
    const company = faker.helpers.arrayElement(companies);
    return { body: bodyAbout(company.name), contactId: null, companyId: company.id, dealId: null };
  }
  return { body: faker.helpers.arrayElement(aboutDeals), contactId: null, companyId: null, dealId: faker.helpers.arrayElement(deals).id };
}
