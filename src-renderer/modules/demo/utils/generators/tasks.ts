import { contactDisplayName } from '@shared/domain/contact';
import type { TaskFields } from '@shared/domain/task';
import { taskTypeWeights } from './catalog';
import type { DemoPeople } from './contacts';
import { addMs, byId, chance, dayMs, demoId, minuteMs, pickOrNull, scaledCount, type DemoContext, type DemoRecord } from './demoContext';
import { someMemberId } from './team';

const baseTaskCount = 1000;

type TaskType = TaskFields['type'];
type TaskLinks = Pick<TaskFields, 'contactId' | 'dealId' | 'companyId'>;

export type TaskSources = {
  team: DemoRecord<'teamMembers'>[];
  people: DemoPeople;
  companies: DemoRecord<'companies'>[];
  deals: DemoRecord<'deals'>[];
  contactsOfDeal: Map<string, string[]>;
};

const titles: Record<TaskType, Array<(subject: string) => string>> = {
  call: [(s) => `Call ${s}`, (s) => `Discovery call with ${s}`, (s) => `Check in with ${s}`],
  'follow-up': [(s) => `Follow up with ${s}`, (s) => `Follow up on the offer for ${s}`],
  meeting: [(s) => `Meeting with ${s}`, (s) => `Product demo for ${s}`, (s) => `Quarterly review with ${s}`],
  email: [(s) => `Send the proposal to ${s}`, (s) => `Email ${s} the pricing sheet`, (s) => `Reply to ${s}`],
  'to-do': [(s) => `Prepare the contract for ${s}`, (s) => `Update the notes on ${s}`, (s) => `Research ${s}`],
};
const internalTodos = ['Clean up the pipeline', 'Prepare the weekly sales report', 'Plan the trade show booth', 'Review open tickets'];

export function generateTasks(ctx: DemoContext, sources: TaskSources): DemoRecord<'tasks'>[] {
  const contacts = byId(sources.people.identified);
  const companies = byId(sources.companies);
  return Array.from({ length: scaledCount(ctx, baseTaskCount) }, () => {
    const links = taskLinks(ctx, sources);
    const contact = links.contactId ? contacts.get(links.contactId) : undefined;
    const subject = contact ? contactDisplayName(contact) : links.companyId ? companies.get(links.companyId)?.name : undefined;
    // Tasks about nobody in particular are internal to-dos.
    const type = subject ? ctx.faker.helpers.weightedArrayElement(taskTypeWeights) : 'to-do';
    const dueAt = chance(ctx, 0.95) ? dueTime(ctx) : null;
    return {
      id: demoId(ctx),
      title: subject ? ctx.faker.helpers.arrayElement(titles[type])(subject) : ctx.faker.helpers.arrayElement(internalTodos),
      type,
      dueAt: dueAt?.toISOString() ?? null,
      completedAt: completion(ctx, dueAt)?.toISOString() ?? null,
      assigneeId: someMemberId(ctx, sources.team, 0.95),
      ...links,
      about: chance(ctx, 0.15) ? `Agenda: ${ctx.faker.company.buzzPhrase()}.` : '',
    };
  });
}

function taskLinks(ctx: DemoContext, { people, companies, deals, contactsOfDeal }: TaskSources): TaskLinks {
  const target = ctx.faker.helpers.weightedArrayElement([
    { weight: 45, value: 'deal' },
    { weight: 40, value: 'contact' },
    { weight: 10, value: 'company' },
    { weight: 5, value: 'none' },
  ] as const);
  if (target === 'deal') {
    const deal = ctx.faker.helpers.arrayElement(deals);
    return { dealId: deal.id, contactId: pickOrNull(ctx, contactsOfDeal.get(deal.id) ?? []), companyId: deal.companyId };
  }
  if (target === 'contact') {
    const contact = ctx.faker.helpers.arrayElement(people.identified);
    return { dealId: null, contactId: contact.id, companyId: people.primaryCompanyOf.get(contact.id) ?? null };
  }
  if (target === 'company') return { dealId: null, contactId: null, companyId: ctx.faker.helpers.arrayElement(companies).id };
  return { dealId: null, contactId: null, companyId: null };
}

// Due within a month either side of the reference date, on a quarter hour in working hours (UTC).
function dueTime(ctx: DemoContext): Date {
  const day = new Date(ctx.referenceDate);
  day.setUTCHours(ctx.faker.number.int({ min: 8, max: 17 }), ctx.faker.helpers.arrayElement([0, 15, 30, 45]), 0, 0);
  return addMs(day, ctx.faker.number.int({ min: -30, max: 30 }) * dayMs);
}

// Most overdue tasks are done, a few future ones were done early; never after the reference date.
function completion(ctx: DemoContext, dueAt: Date | null): Date | null {
  const overdue = dueAt !== null && dueAt < ctx.referenceDate;
  if (!chance(ctx, overdue ? 0.75 : 0.05)) return null;
  const around = dueAt ?? ctx.referenceDate;
  const doneAt = addMs(around, ctx.faker.number.int({ min: -2 * dayMs, max: dayMs }));
  return new Date(Math.min(doneAt.getTime(), ctx.referenceDate.getTime() - minuteMs));
}
