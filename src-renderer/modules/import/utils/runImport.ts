import { planImportChunk, type ImportChunkPlan, type ImportedRow } from '@shared/import/planImportChunk';
import { newId } from '@shared/ids';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import { defaultChunkSize } from '../../../db/mutations/mutationOptions';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { ImportJob } from './importJob';
import type { ImportSettings } from './importSettings';
import type { ImportSource } from './importSource';
import { readContactMatchIndex } from './readContactMatchIndex';
import { emptyNamedIdCache } from './resolveNamedIds';
import { runChunkedImport, type RunImportOptions } from './runChunkedImport';
import { writeImportChunk } from './writeImportChunk';

// One transaction per chunk of half the mutation layer's own size. Its one outbox row (every
// field of every contact and link written) is cloned in one go on the main thread: for 2,000 rows
// that took 45-55 ms of CPU on the 2-core machine. A chunk over the layer's size would make
// createMany yield to the UI inside the transaction, which ends it.
const rowsPerChunk = defaultChunkSize / 2;

// A file of contacts, each chunk's rows matched on the settings' field against the contacts
// there and those the file made so far, with the batch's tags and list added to every row.
export function runImport(db: OutpostDb, mutations: MutationLayer, file: ImportSource, fileName: string, settings: ImportSettings, options: RunImportOptions): Promise<ImportJob> {
  return runChunkedImport<ImportedRow, ImportChunkPlan>(db, file, fileName, settings, options, {}, async (job) => {
    const state = await readContactMatchIndex(db, settings.matchOn);
    for (const id of job.summary.createdIds) state.createdIds.add(id);
    const cache = emptyNamedIdCache();
    const batchTags = settings.batch.tagNames;
    const batchList = settings.batch.listName.trim() ? [settings.batch.listName.trim()] : [];
    return {
      context: { headers: settings.headers, mapping: settings.mapping, attributes: new Map(settings.attributes.map((attribute) => [attribute.key, attribute])), format: settings.valueFormat },
      rowsPerChunk,
      rowOf: (result) => (result.kind === 'contact' ? { rowNumber: result.rowNumber, contact: { ...result.contact, tagNames: [...result.contact.tagNames, ...batchTags], listNames: [...result.contact.listNames, ...batchList] } } : undefined),
      plan: (rows) => planImportChunk(rows, settings.mode, settings.matchOn, state, newId),
      write: (plan) => writeImportChunk(db, mutations, plan, settings.batch, cache, job),
    };
  });
}
