import type { NoteFields } from '@shared/domain/note';

export type TimelineEntryKind = 'event' | 'product-event' | NoteFields['kind'] | 'task' | 'deal' | 'ticket';

// One line of a timeline, whatever record it comes from. Text is plain; views never render it as HTML.
export type TimelineEntry = {
  // Unique across sources: `<table>:<id>`.
  key: string;
  kind: TimelineEntryKind;
  // ISO time the entry sits at; entries sort on it, newest first.
  time: string;
  title: string;
  body: string;
  // Short facts shown under the entry ("Due Dec 4, 2026", "€1,200.00", "open").
  details: string[];
  // In-app route of the record, when it has a page of its own.
  to?: string;
  // An open task past its due time, marked as the task rows mark it.
  overdue?: boolean;
};

export const timelineKindLabels: Record<TimelineEntryKind, string> = {
  event: 'Event',
  'product-event': 'Product event',
  note: 'Note',
  call: 'Logged call',
  email: 'Logged email',
  meeting: 'Logged meeting',
  merge: 'Merged contacts',
  task: 'Task',
  deal: 'Deal',
  ticket: 'Ticket',
};

// Newest first; the key breaks ties so the order is stable across re-reads.
export function compareNewestFirst(a: TimelineEntry, b: TimelineEntry): number {
  if (a.time !== b.time) return a.time < b.time ? 1 : -1;
  if (a.key === b.key) return 0;
  return a.key < b.key ? 1 : -1;
}
