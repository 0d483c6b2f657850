import { foldText } from '@shared/text/foldText';
import type { ImportedContact } from '@shared/import/importTypes';
import type { ImportChunkPlan, PlannedWrite } from '@shared/import/planImportChunk';
import { isQuotaExceeded, StorageFullError } from '../../../db/errors';
import type { LinkInputs, MutationLayer } from '../../../db/mutations/createMutationLayer';
import { undoStore, type UndoEntry } from '../../../db/mutations/undoStore';
import { linkRowId } from '../../../db/derivedFields';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import type { ImportedUpdate, ImportJob } from './importJob';
import type { ImportBatchOptions } from './importSettings';
import { resolveNamedIds, type NamedIdCache, type NamedTable } from './resolveNamedIds';

// Every table one chunk writes, so the chunk and the job's record of it commit together or not at all.
const importTables = ['contacts', 'contactTags', 'contactLists', 'memberships', 'tags', 'lists', 'companies', 'importJobs', 'outbox', 'syncMeta'];

type Contact = StoredRecord<'contacts'>;
type LinkTable = 'contactTags' | 'contactLists' | 'memberships';

function patchFor(write: PlannedWrite, current: Contact | undefined): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...write.contact.fields };
  // The file's LinkedIn profile joins the contact's other profiles instead of replacing them.
  if (fields.socialProfiles && current) fields.socialProfiles = { ...current.socialProfiles, ...(fields.socialProfiles as object) };
  return fields;
}

// Field values of a contact, custom attributes flattened to `custom.<key>`.
function flatValues(fields: Record<string, unknown>, row: Contact): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (field !== 'custom') values[field] = field in row ? row[field as keyof Contact] : value;
    else for (const key of Object.keys(value as object)) values[`custom.${key}`] = row.custom[key] ?? null;
  }
  return values;
}

type LinkSpec = {
  namedTable: NamedTable;
  names: (contact: ImportedContact) => string[];
  linkedIds: (row: Contact | undefined) => string[] | undefined;
  fields: (contactId: string, id: string, contact: ImportedContact) => Record<string, string>;
};

// How each kind of name in a row becomes a link row of the contact.
const linkSpecs: Record<LinkTable, LinkSpec> = {
  contactTags: { namedTable: 'tags', names: (contact) => contact.tagNames, linkedIds: (row) => row?.tagIds, fields: (contactId, tagId) => ({ contactId, tagId }) },
  contactLists: { namedTable: 'lists', names: (contact) => contact.listNames, linkedIds: (row) => row?.listIds, fields: (contactId, listId) => ({ contactId, listId }) },
  memberships: {
    namedTable: 'companies',
    names: (contact) => (contact.companyName ? [contact.companyName] : []),
    linkedIds: (row) => row?.companyIds,
    fields: (contactId, companyId, contact) => ({ contactId, companyId, role: contact.jobTitle }),
  },
};

// The links the chunk's rows ask for that their contacts do not have yet, by the other side's id.
function newLinks(writes: PlannedWrite[], current: Map<string, Contact>, spec: LinkSpec, ids: Map<string, string>): Array<{ contactId: string; otherId: string; fields: Record<string, string> }> {
  return writes.flatMap((write) => {
    const linked = new Set(spec.linkedIds(current.get(write.id)));
    return spec.names(write.contact).flatMap((name) => {
      const otherId = ids.get(foldText(name)) as string;
      return linked.has(otherId) ? [] : [{ contactId: write.id, otherId, fields: spec.fields(write.id, otherId, write.contact) }];
    });
  });
}

// Writes one chunk's plan through the mutation layer and records it in the job, in ONE
// transaction: a crash leaves either the whole chunk and its record, or neither.
export async function writeImportChunk(db: OutpostDb, mutations: MutationLayer, plan: ImportChunkPlan, batch: ImportBatchOptions, cache: NamedIdCache, job: ImportJob): Promise<void> {
  const previousUndo = undoStore.getState().last;
  const label = `Import of ${job.fileName}`;
  const writes = [...plan.creates, ...plan.updates];
  try {
    await db.transaction('rw', importTables, async () => {
      let updatedRows: Array<Contact | undefined> = [];
      const entry: UndoEntry = await mutations.undoable(label, async () => {
        const before = new Map((await db.contacts.bulkGet(plan.updates.map((write) => write.id))).flatMap((row) => (row ? [[row.id, row] as const] : [])));
        if (plan.updates.length > 0) await mutations.patchMany('contacts', plan.updates.map((write) => ({ id: write.id, fields: patchFor(write, before.get(write.id)) })), label);
        const preexisting = new Set(plan.updates.filter((write) => !write.createdByImport).map((write) => write.id));
        const links: LinkInputs = {};
        for (const [table, spec] of Object.entries(linkSpecs) as Array<[LinkTable, LinkSpec]>) {
          const ids = await resolveNamedIds(db, mutations, spec.namedTable, writes.flatMap((write) => spec.names(write.contact)), cache);
          const tableLinks = newLinks(writes, before, spec, ids);
          links[table] = tableLinks.map((link) => link.fields);
          for (const link of tableLinks) if (preexisting.has(link.contactId)) job.summary.addedLinks[table].push(linkRowId(table, link.contactId, link.otherId));
        }
        // Each new contact is written once, its tags, lists and companies with it.
        const creates = plan.creates.map((write) => ({ ...write.contact.fields, id: write.id, source: (write.contact.fields.source as string | undefined) || batch.source, ownerId: batch.ownerId }));
        await mutations.createWithLinks('contacts', creates, links);
        updatedRows = await db.contacts.bulkGet(plan.updates.map((write) => write.id));
      });
      recordChunk(job, plan, entry, updatedRows);
      await db.importJobs.put({ ...job, updatedAt: new Date().toISOString() });
    });
  } catch (error) {
    throw isQuotaExceeded(error) && !(error instanceof StorageFullError) ? new StorageFullError(error) : error;
  } finally {
    // An import is taken back from the history as a whole, never one chunk at a time with Ctrl+Z.
    undoStore.setState({ last: previousUndo });
  }
}

// What the job must remember to revert the chunk: the contacts it created, and the previous and
// the written values of the fields it changed on contacts that were there before.
function recordChunk(job: ImportJob, plan: ImportChunkPlan, entry: UndoEntry, updatedRows: Array<Contact | undefined>): void {
  const summary = job.summary;
  summary.createdIds.push(...plan.creates.map((write) => write.id));
  const fromFile = new Set(plan.updates.filter((write) => write.createdByImport).map((write) => write.id));
  const stored = new Map(updatedRows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  const known = new Map(summary.updates.map((update) => [update.id, update]));
  for (const step of entry.steps) {
    if (step.table !== 'contacts') continue;
    for (const snapshot of step.rows) {
      if (snapshot.deleted !== 1 && !fromFile.has(snapshot.id)) {
        const row = stored.get(snapshot.id);
        if (!row) continue;
        const update: ImportedUpdate = { id: snapshot.id, before: flatBefore(snapshot.fields), after: flatValues(snapshot.fields, row) };
        const earlier = known.get(snapshot.id);
        // A contact two chunks changed: its first "before" and its last "after" count.
        if (earlier) Object.assign(earlier, { before: { ...update.before, ...earlier.before }, after: { ...earlier.after, ...update.after } });
        else {
          summary.updates.push(update);
          known.set(update.id, update);
        }
      }
    }
  }
}

function flatBefore(fields: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (field !== 'custom') values[field] = value;
    else for (const [key, previous] of Object.entries(value as object)) values[`custom.${key}`] = previous ?? null;
  }
  return values;
}
