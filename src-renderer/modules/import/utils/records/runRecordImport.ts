import type { RowContext } from '@shared/import/buildImportedContact';
import { describeRowErrors } from '@shared/import/buildImportedContact';
import type { RowError } from '@shared/import/importTypes';
import type { RecordImportType } from '@shared/import/records/importRecordTypes';
import { emptyRecordMatchState } from '@shared/import/records/planRecordMatches';
import { newId } from '@shared/ids';
import type { MutationLayer } from '../../../../db/mutations/createMutationLayer';
import { defaultChunkSize } from '../../../../db/mutations/mutationOptions';
import type { OutpostDb } from '../../../../db/OutpostDb';
import { emptySummary, type ImportJob } from '../importJob';
import type { ImportSettings } from '../importSettings';
import { readImportChunksOffThread } from '../readImportChunksOffThread';
import { emptyNamedIdCache } from '../resolveNamedIds';
import type { RunImportOptions } from '../runImport';
import { companyPlanner } from './planCompanyRows';
import { dealPlanner } from './planDealRows';
import { eventPlanner } from './planEventRows';
import { taskPlanner } from './planTaskRows';
import type { RecordPlanner, RecordRow } from './recordImportPlan';
import type { RecordImportSettings } from './recordImportSettings';
import type { RecordPlannerContext } from './recordPlannerContext';
import { readTeamMemberIndex, refHeaders } from './recordRefLookups';
import { writeRecordChunk } from './writeRecordChunk';

const planners: Record<RecordImportType, (context: RecordPlannerContext) => RecordPlanner | Promise<RecordPlanner>> = {
  companies: companyPlanner,
  deals: dealPlanner,
  tasks: taskPlanner,
  events: eventPlanner,
};

// A file of companies, deals, tasks or events, as runImport imports contacts: read in the worker
// chunk by chunk, each row planned (create, update, skip, or refused with its reasons: a cell of
// the wrong type, or a pipeline, stage, team member, contact, company or deal not found) and,
// unless it is a dry run, each chunk written in one transaction with its record in the job.
export async function runRecordImport(db: OutpostDb, mutations: MutationLayer, file: Blob, fileName: string, settings: ImportSettings, options: RunImportOptions): Promise<ImportJob> {
  const records = settings.records as RecordImportSettings;
  const at = new Date();
  const resumed = options.resume;
  const fileSize = resumed?.summary.resume?.fileSize;
  if (resumed && fileSize !== file.size) throw new Error(`This is not the file ${resumed.fileName} was imported from: that one had ${fileSize?.toLocaleString() ?? 'an unknown number of'} bytes, this one has ${file.size.toLocaleString()}.`);
  const job: ImportJob = resumed
    ? { ...resumed, status: 'running', updatedAt: at.toISOString() }
    : {
        id: options.jobId ?? newId(),
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        fileName,
        status: 'running',
        totalRows: 0,
        processedRows: 0,
        errorCount: 0,
        summary: { ...emptySummary(settings.mode, settings.matchOn, settings.headers), recordType: records.type, resume: { settings, fileSize: file.size, committedThroughRow: 0 } },
      };
  if (!options.dryRun) await db.importJobs.put(job);
  const { summary } = job;
  const context: RowContext = {
    headers: settings.headers,
    mapping: settings.mapping,
    attributes: new Map(settings.attributes.map((attribute) => [attribute.key, attribute])),
    format: settings.valueFormat,
    record: { type: records.type, defaultCurrency: records.currency },
  };
  // Rows the job already wrote are skipped on reading; what they created still takes later duplicates.
  const committedThroughRow = summary.resume?.committedThroughRow ?? 0;
  const state = emptyRecordMatchState();
  for (const id of summary.createdIds) state.createdIds.add(id);
  const plan = await planners[records.type]({ db, settings, records, members: await readTeamMemberIndex(db), header: refHeaders(records.type, settings.headers, settings.mapping), state, now: at });
  const updatedIds = new Set(summary.updates.map((update) => update.id));
  const cache = emptyNamedIdCache();
  try {
    for await (const chunk of readImportChunksOffThread(file, settings.format, context, settings.headerRowNumber, defaultChunkSize)) {
      if (options.signal?.aborted) {
        job.status = 'cancelled';
        break;
      }
      const rows: RecordRow[] = [];
      const cellsOf = new Map<number, string[]>();
      const failed: RowError[] = [];
      let newRows = 0;
      chunk.results?.forEach((result, index) => {
        if (result.rowNumber <= committedThroughRow) return;
        newRows += 1;
        if (result.kind === 'record') {
          rows.push({ rowNumber: result.rowNumber, record: result.record });
          cellsOf.set(result.rowNumber, result.cells);
        } else if (result.kind === 'empty') summary.skippedRows.push({ rowNumber: result.rowNumber, reason: 'Empty row' });
        else if (result.kind === 'error') failed.push({ rowNumber: result.rowNumber, reason: describeRowErrors(result.errors), cells: chunk.rows[index] ?? [] });
      });
      summary.notices.push(...chunk.problems.filter((problem) => problem.rowNumber > committedThroughRow));
      const chunkPlan = await plan(rows);
      failed.push(...chunkPlan.failed.map((failure) => ({ ...failure, cells: cellsOf.get(failure.rowNumber) ?? [] })));
      summary.failedRows.push(...failed.sort((a, b) => a.rowNumber - b.rowNumber));
      summary.skippedRows.push(...chunkPlan.skipped);
      if (chunkPlan.newContacts.length > 0) (summary.createdContactIds ??= []).push(...chunkPlan.newContacts.map((contact) => contact.id));
      for (const write of chunkPlan.updates) if (!write.createdByImport) updatedIds.add(write.id);
      summary.counts = {
        created: summary.counts.created + chunkPlan.creates.length,
        updated: updatedIds.size,
        merged: summary.counts.merged + chunkPlan.mergedRows,
        skipped: summary.skippedRows.length,
        failed: summary.failedRows.length,
      };
      job.totalRows += newRows;
      job.processedRows = job.totalRows;
      job.errorCount = summary.failedRows.length;
      if (summary.resume) summary.resume.committedThroughRow = Math.max(committedThroughRow, chunk.firstRowNumber + chunk.rows.length - 1);
      if (!options.dryRun && newRows > 0) await writeRecordChunk(db, mutations, records.type, chunkPlan, cache, job);
      options.onProgress?.({ rowsRead: job.totalRows, bytesRead: chunk.bytesRead, totalBytes: chunk.totalBytes });
    }
    if (job.status === 'running') job.status = 'done';
  } catch (error) {
    job.status = 'failed';
    throw error;
  } finally {
    if (!options.dryRun) {
      // After a failed chunk, the stored record (the chunks that committed) is the truth.
      const stored = job.status === 'failed' ? await db.importJobs.get(job.id) : undefined;
      await db.importJobs.put({ ...(stored ?? job), status: job.status, updatedAt: new Date().toISOString() });
    }
  }
  return job;
}
