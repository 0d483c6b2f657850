import { contactDisplayName } from '@shared/domain/contact';
import type { TicketFields } from '@shared/domain/ticket';
import { ticketPriorityWeights, ticketStatusWeights, ticketTopics } from './catalog';
import type { DemoPeople } from './contacts';
import { addMs, chance, dayMs, demoId, hourMs, minuteMs, momentAround, scaledCount, type DemoContext, type DemoRecord } from './demoContext';

const baseTicketCount = 300;

type Status = TicketFields['status'];
type Team = DemoRecord<'teamMembers'>[];
type Message = DemoRecord<'ticketMessages'>;

export type DemoTickets = { ticketCategories: DemoRecord<'ticketCategories'>[]; tickets: DemoRecord<'tickets'>[]; ticketMessages: Message[] };

export type TicketSources = { team: Team; people: DemoPeople; tags: DemoRecord<'tags'>[] };

// Every ticket opens as 'open'; these are the moves that lead to its current status.
const statusPaths: Record<Status, Status[]> = {
  draft: [],
  open: [],
  pending: ['pending'],
  resolved: ['resolved'],
  closed: ['resolved', 'closed'],
  archived: ['resolved', 'closed', 'archived'],
};

// How long the team has to answer, by priority.
const responseTimeMs: Record<TicketFields['priority'], number> = { urgent: 4 * hourMs, high: dayMs, normal: 3 * dayMs, low: 7 * dayMs };

const agentReplies = [
  'Thanks for reaching out. I have looked into this and will get back to you shortly.',
  'Could you send us a screenshot and the time it happened?',
  'This is fixed on our side now. Could you check again?',
  'I have passed this on to the team and will keep you posted.',
];
const internalNotes = [
  'Customer is on the Pro plan; priority support applies.',
  'Same issue reported last week, see the linked ticket.',
  'Asked engineering for a workaround.',
];
const maxThreadLength = 6;
const maxGapMs = 36 * hourMs;

export function generateTickets(ctx: DemoContext, sources: TicketSources): DemoTickets {
  const tickets: DemoRecord<'tickets'>[] = [];
  const ticketMessages: Message[] = [];
  const { faker } = ctx;
  const ticketCategories = ticketTopics.map(({ category }) => ({ id: demoId(ctx), name: category }));
  const categoryIds = new Map(ticketCategories.map((category) => [category.name, category.id]));
  const count = scaledCount(ctx, baseTicketCount);
  for (let index = 0; index < count; index += 1) {
    const contact = faker.helpers.arrayElement(sources.people.identified);
    const { category, subjects } = faker.helpers.arrayElement(ticketTopics);
    const assignee = chance(ctx, 0.9) ? faker.helpers.arrayElement(sources.team) : null;
    const ticket = {
      id: demoId(ctx),
      subject: faker.helpers.arrayElement(subjects),
      status: faker.helpers.weightedArrayElement(ticketStatusWeights),
      priority: faker.helpers.weightedArrayElement(ticketPriorityWeights),
    };
    // Unassigned tickets were still answered by someone on the team.
    const thread = ticketThread(ctx, ticket, contact, assignee ?? faker.helpers.arrayElement(sources.team));
    tickets.push({
      ...ticket,
      category: categoryIds.get(category) ?? '',
      tagIds: chance(ctx, 0.3) ? [faker.helpers.arrayElement(sources.tags).id] : [],
      assigneeId: assignee?.id ?? null,
      contactId: contact.id,
      companyId: sources.people.primaryCompanyOf.get(contact.id) ?? null,
      dueAt: addMs(thread.openedAt, responseTimeMs[ticket.priority]).toISOString(),
      lastMessageAt: thread.messages.at(-1)?.at ?? null,
      custom: {},
    });
    ticketMessages.push(...thread.messages);
  }
  return { ticketCategories, tickets, ticketMessages };
}

type ThreadTicket = Pick<DemoRecord<'tickets'>, 'id' | 'subject' | 'status'>;
type Draft = Pick<Message, 'kind'> & Partial<Message>;

// The contact writes first, agents reply or leave internal notes, then the status moves are logged.
function ticketThread(ctx: DemoContext, ticket: ThreadTicket, contact: DemoRecord<'contacts'>, agent: Team[number]): { openedAt: Date; messages: Message[] } {
  const { faker } = ctx;
  const moves = statusPaths[ticket.status];
  const drafts: Draft[] = [
    { kind: 'contact', authorId: null, authorName: contactDisplayName(contact), body: `Hi,\n\n${ticket.subject}: could you take a look?\n\nThanks,\n${contact.firstName}` },
  ];
  // A ticket that moved on got at least one answer before it did.
  const answers = faker.number.int({ min: moves.length > 0 ? 1 : 0, max: maxThreadLength - 1 - moves.length });
  for (let answer = 0; answer < answers; answer += 1) {
    const note = chance(ctx, 0.3);
    drafts.push({ kind: note ? 'note' : 'reply', body: faker.helpers.arrayElement(note ? internalNotes : agentReplies) });
  }
  let from: Status = 'open';
  for (const to of moves) {
    drafts.push({ kind: 'status', statusFrom: from, statusTo: to });
    from = to;
  }
  // Opened early enough that even the longest gaps end the thread before the reference date.
  const openedAt = momentAround(ctx, -60 * dayMs, -(drafts.length - 1) * maxGapMs - hourMs);
  let at = openedAt;
  const messages = drafts.map((draft, index): Message => {
    if (index > 0) at = addMs(at, faker.number.int({ min: 10 * minuteMs, max: maxGapMs }));
    const base = { id: demoId(ctx), ticketId: ticket.id, authorId: agent.id, authorName: agent.name, body: '', format: 'plain' as const, statusFrom: null, statusTo: null };
    return { ...base, ...draft, at: at.toISOString() };
  });
  return { openedAt, messages };
}
