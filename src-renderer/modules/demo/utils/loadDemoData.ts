import type { SyncedTable } from '@shared/domain/recordSchemas';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import { generateDemoData, type DemoDataOptions } from './generateDemoData';

export type DemoProgress = { done: number; total: number; label: string };
export type LoadDemoDataOptions = DemoDataOptions & { onProgress?: (progress: DemoProgress) => void };
export type DemoCounts = Record<SyncedTable, number>;

// Dependency order: everything a record refers to is written before it, and link rows come
// after both ends so the mutation layer can fill the contact's and deal's id sets.
export const demoLoadOrder: Array<{ table: SyncedTable; label: string }> = [
  { table: 'teamMembers', label: 'Team members' },
  { table: 'attributeDefinitions', label: 'Custom attributes' },
  { table: 'tags', label: 'Tags' },
  { table: 'lists', label: 'Lists' },
  { table: 'companies', label: 'Companies' },
  { table: 'contacts', label: 'Contacts' },
  { table: 'memberships', label: 'Company memberships' },
  { table: 'contactTags', label: 'Contact tags' },
  { table: 'contactLists', label: 'List members' },
  { table: 'pipelines', label: 'Pipelines' },
  { table: 'stages', label: 'Pipeline stages' },
  { table: 'deals', label: 'Deals' },
  { table: 'dealContacts', label: 'Deal contacts' },
  { table: 'tasks', label: 'Tasks' },
  { table: 'ticketCategories', label: 'Ticket categories' },
  { table: 'tickets', label: 'Tickets' },
  { table: 'ticketMessages', label: 'Ticket messages' },
  { table: 'events', label: 'Events' },
  { table: 'notes', label: 'Notes' },
  { table: 'segments', label: 'Segments' },
  { table: 'duplicateDismissals', label: 'Duplicate decisions' },
];

// Writes the demo workspace through the mutation layer, so it is validated, indexed and queued
// for sync like anything typed in by hand. Progress counts records over all tables.
export async function loadDemoData(mutations: MutationLayer, options: LoadDemoDataOptions = {}): Promise<{ counts: DemoCounts }> {
  const { onProgress, ...generateOptions } = options;
  const data = generateDemoData(generateOptions);
  const total = demoLoadOrder.reduce((sum, { table }) => sum + data[table].length, 0);
  const counts = {} as DemoCounts;
  let written = 0;
  for (const { table, label } of demoLoadOrder) {
    onProgress?.({ done: written, total, label });
    const ids = await mutations.createMany(table, data[table], { onProgress: (done) => onProgress?.({ done: written + done, total, label }) });
    counts[table] = ids.length;
    written += ids.length;
  }
  onProgress?.({ done: written, total, label: 'Done' });
  return { counts };
}
