import type { RowContext } from '@shared/import/buildImportedContact';
import { describeRowErrors } from '@shared/import/buildImportedContact';
import { planImportChunk, type ImportedRow } from '@shared/import/planImportChunk';
import { newId } from '@shared/ids';
import { yieldToBrowser } from '../../../ui/utils/mainThreadSlices';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import { defaultChunkSize } from '../../../db/mutations/mutationOptions';
import type { OutpostDb } from '../../../db/OutpostDb';
import { emptySummary, type ImportJob } from './importJob';
import type { ImportSettings } from './importSettings';
import { readContactMatchIndex } from './readContactMatchIndex';
import { readImportChunksOffThread } from './readImportChunksOffThread';
import { emptyNamedIdCache } from './resolveNamedIds';
import { writeImportChunk } from './writeImportChunk';

// One transaction per chunk of half the mutation layer's own size. Its one outbox row (every
// field of every contact and link written) is cloned in one go on the main thread: for 2,000 rows
// that took 45-55 ms of CPU on the 2-core machine. A chunk over the layer's size would make
// createMany yield to the UI inside the transaction, which ends it.
const rowsPerChunk = defaultChunkSize / 2;

export type ImportProgress = { rowsRead: number; bytesRead: number; totalBytes: number };

export type RunImportOptions = {
  // Plans every row exactly as the run would, and writes nothing.
  dryRun: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  // The job's id, when the caller needs it before the run ends.
  jobId?: string;
  // An interrupted job to go on with, from the row after its last committed chunk.
  resume?: ImportJob;
};

// Reads the file chunk by chunk and plans each row (create, update, skip, or reject with its
// reasons); a run writes each chunk in one transaction with its record in the job. The dry run
// and the run share every step but the write, so the dry run says what the run will do.
export async function runImport(db: OutpostDb, mutations: MutationLayer, file: Blob, fileName: string, settings: ImportSettings, options: RunImportOptions): Promise<ImportJob> {
  const at = new Date().toISOString();
  const resumed = options.resume;
  const fileSize = resumed?.summary.resume?.fileSize;
  if (resumed && fileSize !== file.size) throw new Error(`This is not the file ${resumed.fileName} was imported from: that one had ${fileSize?.toLocaleString() ?? 'an unknown number of'} bytes, this one has ${file.size.toLocaleString()}.`);
  const job: ImportJob = resumed
    ? { ...resumed, status: 'running', updatedAt: at }
    : {
        id: options.jobId ?? newId(),
        createdAt: at,
        updatedAt: at,
        fileName,
        status: 'running',
        totalRows: 0,
        processedRows: 0,
        errorCount: 0,
        summary: { ...emptySummary(settings.mode, settings.matchOn, settings.headers), resume: { settings, fileSize: file.size, committedThroughRow: 0 } },
      };
  if (!options.dryRun) await db.importJobs.put(job);
  const context: RowContext = { headers: settings.headers, mapping: settings.mapping, attributes: new Map(settings.attributes.map((attribute) => [attribute.key, attribute])), format: settings.valueFormat };
  const state = await readContactMatchIndex(db, settings.matchOn);
  // Rows the job already wrote: skipped on reading, while what they created still takes later duplicates.
  const committedThroughRow = job.summary.resume?.committedThroughRow ?? 0;
  for (const id of job.summary.createdIds) state.createdIds.add(id);
  const updatedIds = new Set(job.summary.updates.map((update) => update.id));
  const cache = emptyNamedIdCache();
  const { summary } = job;
  const batchTags = settings.batch.tagNames;
  const batchList = settings.batch.listName.trim() ? [settings.batch.listName.trim()] : [];
  try {
    for await (const chunk of readImportChunksOffThread(file, settings.format, context, settings.headerRowNumber, rowsPerChunk)) {
      if (options.signal?.aborted) {
        job.status = 'cancelled';
        break;
      }
      // The chunk arrived in the worker's message task; planning it, and then writing it, go in
      // tasks of their own so none holds the main thread for the whole chunk.
      await yieldToBrowser();
      const rows: ImportedRow[] = [];
      let newRows = 0;
      chunk.results?.forEach((result, index) => {
        if (result.rowNumber <= committedThroughRow) return;
        newRows += 1;
        if (result.kind === 'contact') {
          const { contact } = result;
          rows.push({ rowNumber: result.rowNumber, contact: { ...contact, tagNames: [...contact.tagNames, ...batchTags], listNames: [...contact.listNames, ...batchList] } });
        } else if (result.kind === 'empty') summary.skippedRows.push({ rowNumber: result.rowNumber, reason: 'Empty row' });
        else if (result.kind === 'error') summary.failedRows.push({ rowNumber: result.rowNumber, reason: describeRowErrors(result.errors), cells: chunk.rows[index] ?? [] });
      });
      summary.notices.push(...chunk.problems.filter((problem) => problem.rowNumber > committedThroughRow));
      const plan = planImportChunk(rows, settings.mode, settings.matchOn, state, newId);
      summary.skippedRows.push(...plan.skipped);
      for (const write of plan.updates) if (!write.createdByImport) updatedIds.add(write.id);
      summary.counts = {
        created: summary.counts.created + plan.creates.length,
        updated: updatedIds.size,
        merged: summary.counts.merged + plan.mergedRows,
        skipped: summary.skippedRows.length,
        failed: summary.failedRows.length,
      };
      job.totalRows += newRows;
      job.processedRows = job.totalRows;
      job.errorCount = summary.failedRows.length;
      if (summary.resume) summary.resume.committedThroughRow = Math.max(committedThroughRow, chunk.firstRowNumber + chunk.rows.length - 1);
      if (!options.dryRun && newRows > 0) {
        await yieldToBrowser();
        await writeImportChunk(db, mutations, plan, settings.batch, cache, job);
      }
      options.onProgress?.({ rowsRead: job.totalRows, bytesRead: chunk.bytesRead, totalBytes: chunk.totalBytes });
    }
    if (job.status === 'running') job.status = 'done';
  } catch (error) {
    job.status = 'failed';
    throw error;
  } finally {
    if (!options.dryRun) await finishJob(db, job);
  }
  return job;
}

// The job's final status. After a failed chunk, the stored record (the chunks that committed)
// is the truth, not the counts planned for the chunk that did not.
async function finishJob(db: OutpostDb, job: ImportJob): Promise<void> {
  const stored = job.status === 'failed' ? await db.importJobs.get(job.id) : undefined;
  await db.importJobs.put({ ...(stored ?? job), status: job.status, updatedAt: new Date().toISOString() });
}
