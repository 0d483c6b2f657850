import { isTaskOverdue } from '@shared/domain/tasks/taskView';
import type { StoredRecord } from '../../../db/rowTypes';
import { formatDate, formatDateTime } from '../../../ui/utils/formatDate';
import { formatMoney } from '../../../ui/utils/formatMoney';
import type { TimelineEntry } from './timelineEntry';

export type MemberNames = ReadonlyMap<string, string>;

const shownEventProperties = 3;

function byline(prefix: string, id: string | null, members: MemberNames): string[] {
  const name = id ? members.get(id) : undefined;
  return name ? [`${prefix} ${name}`] : [];
}

export function eventEntry(event: StoredRecord<'events'>): TimelineEntry {
  const properties = Object.entries(event.properties)
    .filter(([, value]) => value !== null && value !== '')
    .slice(0, shownEventProperties)
    .map(([key, value]) => `${key}: ${String(value)}`);
  return {
    key: `events:${event.id}`,
    kind: event.kind === 'product' ? 'product-event' : 'event',
    time: event.time,
    title: event.name,
    body: '',
    details: [...(event.productName ? [event.productName] : []), ...properties],
  };
}

// A logged activity sits at the time it happened, a note at the time it was written.
export function noteEntry(note: StoredRecord<'notes'>, members: MemberNames): TimelineEntry {
  return {
    key: `notes:${note.id}`,
    kind: note.kind,
    time: note.occurredAt ?? note.createdAt,
    title: '',
    body: note.body,
    details: byline('by', note.authorId, members),
  };
}

// The timeline is history: a task sits at its due time once that has come, and at the time it
// was planned before that, so open tasks due next month do not sit above today's notes.
export function taskEntry(task: StoredRecord<'tasks'>, members: MemberNames, now: Date): TimelineEntry {
  const due = task.dueAt && new Date(task.dueAt) <= now ? task.dueAt : null;
  const overdue = isTaskOverdue(task, now);
  return {
    key: `tasks:${task.id}`,
    kind: 'task',
    time: due ?? task.createdAt,
    title: task.title,
    body: task.about,
    details: [
      task.type,
      task.dueAt ? `Due ${formatDateTime(task.dueAt)}` : 'No due date',
      ...(task.completedAt ? [`Done ${formatDateTime(task.completedAt)}`] : overdue ? [] : ['Open']),
      ...byline('Assigned to', task.assigneeId, members),
    ],
    ...(overdue && { overdue }),
  };
}

export function dealEntry(deal: StoredRecord<'deals'>): TimelineEntry {
  return {
    key: `deals:${deal.id}`,
    kind: 'deal',
    time: deal.createdAt,
    title: deal.title,
    body: '',
    details: [deal.status, formatMoney(deal.valueMinor, deal.currency), ...(deal.expectedCloseDate ? [`Expected to close ${formatDate(deal.expectedCloseDate)}`] : [])],
    to: `/deals/${deal.id}`,
  };
}

export function ticketEntry(ticket: StoredRecord<'tickets'>, members: MemberNames): TimelineEntry {
  return {
    key: `tickets:${ticket.id}`,
    kind: 'ticket',
    time: ticket.createdAt,
    title: ticket.subject,
    body: '',
    details: [ticket.status, `${ticket.priority} priority`, ...byline('Assigned to', ticket.assigneeId, members)],
    to: `/tickets/${ticket.id}`,
  };
}
