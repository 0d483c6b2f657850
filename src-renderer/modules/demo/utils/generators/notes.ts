import { contactDisplayName } from '@shared/domain/contact';
import type { DemoPeople } from './contacts';
import { demoId, scaledCount, type DemoContext, type DemoRecord } from './demoContext';
import { someMemberId } from './team';

export const baseNoteCount = 300;

export type NoteSources = {
  team: DemoRecord<'teamMembers'>[];
  people: DemoPeople;
  companies: DemoRecord<'companies'>[];
  deals: DemoRecord<'deals'>[];
};

type NoteTarget = Pick<DemoRecord<'notes'>, 'contactId' | 'companyId' | 'dealId'> & { subject: string };

const bodies: Array<(subject: string, ctx: DemoContext) => string> = [
  (subject) => `Spoke with ${subject} today. They want a proposal before the end of the month.`,
  (subject, { faker }) => `${subject} is evaluating other vendors; main concern is to ${faker.company.buzzPhrase().toLowerCase()}.`,
  (subject) => `Budget for ${subject} is confirmed for next quarter.`,
  (subject, { faker }) => `Met ${subject} at the trade show. Interested in ${faker.commerce.productName().toLowerCase()}.`,
  (subject) => `Sent the pricing sheet to ${subject}; waiting for feedback.`,
  (subject) => `${subject} asked for a reference customer in the same industry.`,
];

export function generateNotes(ctx: DemoContext, sources: NoteSources): DemoRecord<'notes'>[] {
  return Array.from({ length: scaledCount(ctx, baseNoteCount) }, () => {
    const { subject, ...target } = noteTarget(ctx, sources);
    return {
      id: demoId(ctx),
      body: ctx.faker.helpers.arrayElement(bodies)(subject, ctx),
      authorId: someMemberId(ctx, sources.team),
      ...target,
      ticketId: null,
    };
  });
}

// Half the notes are about a person, the rest about a company or a deal.
function noteTarget(ctx: DemoContext, { people, companies, deals }: NoteSources): NoteTarget {
  const { faker } = ctx;
  const target = faker.helpers.weightedArrayElement([
    { weight: 50, value: 'contact' },
    { weight: 25, value: 'company' },
    { weight: 25, value: 'deal' },
  ] as const);
  if (target === 'contact') {
    const contact = faker.helpers.arrayElement(people.identified);
    return { contactId: contact.id, companyId: null, dealId: null, subject: contactDisplayName(contact) };
  }
  if (target === 'company') {
    const company = faker.helpers.arrayElement(companies);
    return { contactId: null, companyId: company.id, dealId: null, subject: company.name };
  }
  const deal = faker.helpers.arrayElement(deals);
  return { contactId: null, companyId: null, dealId: deal.id, subject: `the ${deal.title} deal` };
}
