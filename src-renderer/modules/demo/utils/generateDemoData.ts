import type { RecordFields, SyncedTable } from '@shared/domain/recordSchemas';
import { generateAttributeDefinitions } from './generators/attributes';
import { generateCompanies } from './generators/companies';
import { generateContacts, indexPeople } from './generators/contacts';
import { contactsByDeal, generateDeals } from './generators/deals';
import { createDemoContext, type DemoLinkTable, type DemoRecord } from './generators/demoContext';
import { generateEvents, stampLastSeen } from './generators/events';
import { generateLists, generateSegments, generateTags } from './generators/grouping';
import { generateNotes } from './generators/notes';
import { generatePipelines } from './generators/pipelines';
import { generateTasks } from './generators/tasks';
import { generateTeam } from './generators/team';
import { generateTickets } from './generators/tickets';

export type { DemoRecord } from './generators/demoContext';
export { pageVisitEvent } from './generators/events';

export const defaultDemoSeed = 2026;
export const defaultDemoReferenceTime = '2026-12-01T12:00:00.000Z';

export type DemoDataOptions = {
  seed?: number;
  // Multiplies the record counts (contacts, companies, deals, ...); fixed sets such as pipelines stay.
  scale?: number;
  // "Now" for the generated history: events in the 90 days before it, tasks due around it.
  referenceDate?: Date;
};

// Inputs per table, ready for mutations.createMany. Records carry their id so they can reference
// each other before anything is written; link rows get theirs from the mutation layer.
export type DemoData = { [T in SyncedTable]: T extends DemoLinkTable ? RecordFields<T>[] : DemoRecord<T>[] };

// One pair someone already marked "Keep separate", so the duplicates view has history to show.
function dismissedLookalikes(identified: Array<{ id: string }>): RecordFields<'duplicateDismissals'>[] {
  const [first, second] = identified;
  return first && second ? [{ contactId: first.id, otherContactId: second.id }] : [];
}

// Pure and deterministic: the same options always give the same records, ids included.
export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const ctx = createDemoContext(options.seed ?? defaultDemoSeed, options.scale ?? 1, options.referenceDate ?? new Date(defaultDemoReferenceTime));
  const teamMembers = generateTeam(ctx);
  const attributeDefinitions = generateAttributeDefinitions(ctx);
  const companies = generateCompanies(ctx, teamMembers);
  const { contacts, memberships } = generateContacts(ctx, teamMembers, companies);
  const people = indexPeople({ contacts, memberships });
  const { tags, contactTags } = generateTags(ctx, people.identified);
  const { lists, contactLists } = generateLists(ctx, people.identified);
  const pipelines = generatePipelines(ctx);
  const { deals, dealContacts } = generateDeals(ctx, { team: teamMembers, companies, people, pipelines });
  const tasks = generateTasks(ctx, { team: teamMembers, people, companies, deals, contactsOfDeal: contactsByDeal(dealContacts) });
  const { ticketCategories, tickets, ticketMessages } = generateTickets(ctx, { team: teamMembers, people, tags });
  const events = generateEvents(ctx, people);
  stampLastSeen(contacts, events);
  return {
    teamMembers,
    attributeDefinitions,
    tags,
    lists,
    companies,
    contacts,
    memberships,
    contactTags,
    contactLists,
    pipelines: pipelines.map((entry) => entry.pipeline),
    stages: pipelines.flatMap((entry) => entry.stages),
    deals,
    dealContacts,
    tasks,
    ticketCategories,
    tickets,
    ticketMessages,
    events,
    notes: generateNotes(ctx, { team: teamMembers, people, companies, deals }),
    segments: generateSegments(ctx, tags),
    duplicateDismissals: dismissedLookalikes(people.identified),
  };
}
