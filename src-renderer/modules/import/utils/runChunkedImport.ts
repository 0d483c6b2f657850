import type { RowContext } from '@shared/import/buildImportedContact';
import { describeRowErrors } from '@shared/import/buildImportedContact';
import type { RowError, RowResult } from '@shared/import/importTypes';
import type { SkippedRow } from '@shared/import/planImportChunk';
import { newId } from '@shared/ids';
import { yieldToBrowser } from '../../../ui/utils/mainThreadSlices';
import type { OutpostDb } from '../../../db/OutpostDb';
import { emptySummary, type ImportJob, type ImportJobSummary } from './importJob';
import type { ImportSettings } from './importSettings';
import type { ImportSource } from './importSource';
import { readImportChunksOffThread } from './readImportChunksOffThread';

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

// What a chunk's plan tells the job: rows planned as creates and updates, rows merged into an
// earlier one, and rows skipped or refused while planning.
export type ChunkPlanOutcome = {
  creates: readonly unknown[];
  updates: ReadonlyArray<{ id: string; createdByImport: boolean }>;
  mergedRows: number;
  skipped: SkippedRow[];
  failed?: RowError[];
};

// What one kind of import (contacts, or companies, deals, tasks and events) does its own way.
export type ChunkedImportSteps<Row, Plan extends ChunkPlanOutcome> = {
  context: RowContext;
  rowsPerChunk: number;
  // The row to plan from a row read that is neither empty nor in error.
  rowOf: (result: RowResult) => Row | undefined;
  plan: (rows: Row[]) => Plan | Promise<Plan>;
  // Writes the plan in one transaction with the job's record of it.
  write: (plan: Plan) => Promise<void>;
};

// Reads the file chunk by chunk and plans each row (create, update, skip, or reject with its
// reasons); a run writes each chunk in one transaction with its record in the job. The dry run
// and the run share every step but the write, so the dry run says what the run will do.
// `prepare` gets the job (new, or resumed with what it already wrote) before the first chunk.
export async function runChunkedImport<Row, Plan extends ChunkPlanOutcome>(
  db: OutpostDb,
  file: ImportSource,
  fileName: string,
  settings: ImportSettings,
  options: RunImportOptions,
  newSummary: Partial<ImportJobSummary>,
  prepare: (job: ImportJob) => Promise<ChunkedImportSteps<Row, Plan>>,
): Promise<ImportJob> {
  const job = startJob(file, fileName, settings, options, newSummary);
  if (!options.dryRun) await db.importJobs.put(job);
  const steps = await prepare(job);
  const { summary } = job;
  // Rows the job already wrote are skipped on reading; what they created still takes later duplicates.
  const committedThroughRow = summary.resume?.committedThroughRow ?? 0;
  const updatedIds = new Set(summary.updates.map((update) => update.id));
  try {
    for await (const chunk of readImportChunksOffThread(file, settings.format, steps.context, settings.headerRowNumber, steps.rowsPerChunk)) {
      if (options.signal?.aborted) {
        job.status = 'cancelled';
        break;
      }
      // The chunk arrived in the worker's message task; planning it, and then writing it, go in
      // tasks of their own so none holds the main thread for the whole chunk.
      await yieldToBrowser();
      const rows: Row[] = [];
      const failed: RowError[] = [];
      let newRows = 0;
      chunk.results?.forEach((result, index) => {
        if (result.rowNumber <= committedThroughRow) return;
        newRows += 1;
        if (result.kind === 'empty') summary.skippedRows.push({ rowNumber: result.rowNumber, reason: 'Empty row' });
        else if (result.kind === 'error') failed.push({ rowNumber: result.rowNumber, reason: describeRowErrors(result.errors), cells: chunk.rows[index] ?? [] });
        else {
          const row = steps.rowOf(result);
          if (row) rows.push(row);
        }
      });
      summary.notices.push(...chunk.problems.filter((problem) => problem.rowNumber > committedThroughRow));
      const plan = await steps.plan(rows);
      if (plan.failed) failed.push(...plan.failed);
      summary.failedRows.push(...failed.sort((a, b) => a.rowNumber - b.rowNumber));
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
        await steps.write(plan);
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

// A new job, or the interrupted one going on, once the file is known to be the one it read.
function startJob(file: ImportSource, fileName: string, settings: ImportSettings, options: RunImportOptions, newSummary: Partial<ImportJobSummary>): ImportJob {
  const at = new Date().toISOString();
  const resumed = options.resume;
  const fileSize = resumed?.summary.resume?.fileSize;
  if (resumed && fileSize !== file.size) throw new Error(`This is not the file ${resumed.fileName} was imported from: that one had ${fileSize?.toLocaleString() ?? 'an unknown number of'} bytes, this one has ${file.size.toLocaleString()}.`);
  if (resumed) return { ...resumed, status: 'running', updatedAt: at };
  return {
    id: options.jobId ?? newId(),
    createdAt: at,
    updatedAt: at,
    fileName,
    status: 'running',
    totalRows: 0,
    processedRows: 0,
    errorCount: 0,
    summary: { ...emptySummary(settings.mode, settings.matchOn, settings.headers), ...newSummary, resume: { settings, fileSize: file.size, committedThroughRow: 0 } },
  };
}

// The job's final status. After a failed chunk, the stored record (the chunks that committed)
// is the truth, not the counts planned for the chunk that did not.
async function finishJob(db: OutpostDb, job: ImportJob): Promise<void> {
  const stored = job.status === 'failed' ? await db.importJobs.get(job.id) : undefined;
  await db.importJobs.put({ ...(stored ?? job), status: job.status, updatedAt: new Date().toISOString() });
}
