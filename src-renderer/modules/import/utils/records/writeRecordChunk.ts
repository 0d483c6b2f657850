import type { RecordImportType } from '@shared/import/records/importRecordTypes';
import { foldText } from '@shared/text/foldText';
import { isQuotaExceeded, StorageFullError } from '../../../../db/errors';
import { linkRowId } from '../../../../db/derivedFields';
import type { MutationLayer } from '../../../../db/mutations/createMutationLayer';
import { undoStore, type UndoEntry } from '../../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../../db/OutpostDb';
import type { ImportJob } from '../importJob';
import { resolveNamedIds, type NamedIdCache } from '../resolveNamedIds';
import type { RecordChunkPlan, RecordWrite } from './recordImportPlan';
import { recordImportedUpdates } from './recordImportedUpdates';

// Every table a chunk of each type writes, so the chunk and the job's record of it commit
// together or not at all.
const chunkTables: Record<RecordImportType, string[]> = {
  companies: ['companies'],
  deals: ['deals', 'dealContacts', 'companies'],
  tasks: ['tasks'],
  events: ['events', 'contacts'],
};

// The deal-contact links the chunk's deals ask for that they do not have yet.
function newDealContacts(writes: RecordWrite[], linked: ReadonlyMap<string, readonly string[]>) {
  return writes.flatMap((write) => (write.contactIds ?? []).filter((contactId) => !linked.get(write.id)?.includes(contactId)).map((contactId) => ({ dealId: write.id, contactId })));
}

// Writes one chunk's plan through the mutation layer and records it in the job, in ONE
// transaction: a crash leaves either the whole chunk and its record, or neither.
export async function writeRecordChunk(db: OutpostDb, mutations: MutationLayer, type: RecordImportType, plan: RecordChunkPlan, cache: NamedIdCache, job: ImportJob): Promise<void> {
  const previousUndo = undoStore.getState().last;
  const label = `Import of ${job.fileName}`;
  const writes = [...plan.creates, ...plan.updates];
  try {
    await db.transaction('rw', [...chunkTables[type], 'importJobs', 'outbox', 'syncMeta'], async () => {
      let stored: Array<Record<string, unknown> & { id: string }> = [];
      const entry: UndoEntry = await mutations.undoable(label, async () => {
        // A deal's company is found by domain or name, or created, as a contact's is.
        const companyNames = writes.flatMap((write) => write.companyName ?? []);
        if (companyNames.length > 0) {
          const ids = await resolveNamedIds(db, mutations, 'companies', companyNames, cache);
          for (const write of writes) if (write.companyName) write.fields.companyId = ids.get(foldText(write.companyName));
        }
        if (plan.newContacts.length > 0) await mutations.createMany('contacts', plan.newContacts.map((contact) => ({ ...contact.fields, id: contact.id })));
        if (plan.updates.length > 0) await mutations.patchMany(type, plan.updates.map((write) => ({ id: write.id, fields: write.fields })), label);
        const links = type === 'deals' ? { dealContacts: newDealContacts(writes, await dealContactIds(db, plan.updates)) } : {};
        // Links added to deals that were there before are taken back by a revert.
        const preexisting = new Set(plan.updates.filter((write) => !write.createdByImport).map((write) => write.id));
        for (const link of links.dealContacts ?? []) if (preexisting.has(link.dealId)) (job.summary.addedLinks.dealContacts ??= []).push(linkRowId('dealContacts', link.dealId, link.contactId));
        await mutations.createWithLinks(type, plan.creates.map((write) => ({ ...write.fields, id: write.id })) as never, links);
        stored = type === 'events' ? [] : ((await db.table(type).bulkGet(plan.updates.map((write) => write.id))) as typeof stored).filter(Boolean);
      });
      job.summary.createdIds.push(...plan.creates.map((write) => write.id));
      recordImportedUpdates(job.summary, type, entry, stored, new Set(plan.updates.filter((write) => write.createdByImport).map((write) => write.id)));
      await db.importJobs.put({ ...job, updatedAt: new Date().toISOString() });
    });
  } catch (error) {
    throw isQuotaExceeded(error) && !(error instanceof StorageFullError) ? new StorageFullError(error) : error;
  } finally {
    // An import is taken back from the history as a whole, never one chunk at a time with Ctrl+Z.
    undoStore.setState({ last: previousUndo });
  }
}

async function dealContactIds(db: OutpostDb, updates: RecordWrite[]): Promise<Map<string, string[]>> {
  const deals = await db.deals.bulkGet(updates.map((write) => write.id));
  return new Map(deals.flatMap((deal) => (deal ? [[deal.id, deal.contactIds] as const] : [])));
}
