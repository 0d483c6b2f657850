import type { WorkspaceHeader } from '@shared/backup/workspaceFileFormat';
import { isEventBatch, isEventFacts, isEventSummary, type EventsTableRow } from '../../../db/events/eventRows';
import type { OutboxRow } from '../../../db/rowTypes';

// The things a user keeps in a workspace, by table, in the order a preview lists them. Other
// tables (links between records, sync state, settings, import jobs) are not counted as objects.
export const workspaceObjectKinds = [
  { table: 'contacts', label: 'contacts' },
  { table: 'companies', label: 'companies' },
  { table: 'deals', label: 'deals' },
  { table: 'tasks', label: 'tasks' },
  { table: 'tickets', label: 'tickets' },
  { table: 'ticketMessages', label: 'ticket messages' },
  { table: 'notes', label: 'notes and activities' },
  { table: 'events', label: 'events' },
  { table: 'tags', label: 'tags' },
  { table: 'lists', label: 'lists' },
  { table: 'segments', label: 'segments' },
  { table: 'pipelines', label: 'pipelines' },
  { table: 'stages', label: 'pipeline stages' },
  { table: 'teamMembers', label: 'team members' },
  { table: 'ticketCategories', label: 'ticket categories' },
  { table: 'attributeDefinitions', label: 'custom fields' },
] as const;

const objectTables: ReadonlySet<string> = new Set(workspaceObjectKinds.map((kind) => kind.table));

const isLive = (row: unknown) => (row as { deleted?: unknown }).deleted !== 1;

// Events in one row of the events table: a batch holds many, summary and facts rows none, and
// before schema version 4 (a database backed up before its upgrade) each row is one event.
function eventsIn(row: EventsTableRow): number {
  if (isEventBatch(row)) return row.events.filter(isLive).length;
  return isEventSummary(row) || isEventFacts(row) || !isLive(row) ? 0 : 1;
}

// How many objects a chunk of a table's rows holds (the header's `objects`): records not in the
// trash; events counted one by one out of their batch rows (db/events); the outbox's unsynced
// changes counted as the status bar counts them, one per record write (a row holds a chunk's).
// Undefined: a table not counted.
export function objectCounter(table: string): ((rows: readonly unknown[]) => number) | undefined {
  if (table === 'events') return (rows) => (rows as EventsTableRow[]).reduce((sum, row) => sum + eventsIn(row), 0);
  if (table === 'outbox') return (rows) => (rows as OutboxRow[]).reduce((sum, row) => sum + row.writes.length, 0);
  if (objectTables.has(table)) return (rows) => rows.filter(isLive).length;
  return undefined;
}

// null: not known (an events table of packed rows in a file written before objects were counted).
export type WorkspaceObjectCount = { label: string; count: number | null };

// Events were one row each before schema version 4 packed them (db/schemaVersions).
const firstPackedEventsSchema = 4;

// What a file holds of a table as a user counts it. Files written before the header had
// `objects` fall back on row counts (trashed records included), which match objects for every
// table but packed events.
export function objectCount({ objects, tables, schemaVersion }: WorkspaceHeader, table: string): number | null {
  if (objects) return objects[table] ?? 0;
  if (table === 'events' && schemaVersion >= firstPackedEventsSchema && (tables.events ?? 0) > 0) return null;
  return tables[table] ?? 0;
}

// Every kind of object, with the outbox's changes not yet synced.
export function workspaceObjectCounts(header: WorkspaceHeader): { objects: WorkspaceObjectCount[]; unsyncedChanges: number } {
  return {
    objects: workspaceObjectKinds.map(({ table, label }) => ({ label, count: objectCount(header, table) })),
    unsyncedChanges: objectCount(header, 'outbox') ?? 0,
  };
}
