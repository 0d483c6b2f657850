import type { RowError } from '@shared/import/importTypes';
import type { RecordImportType } from '@shared/import/records/importRecordTypes';
import { emptyRecordMatchState } from '@shared/import/records/planRecordMatches';
import type { MutationLayer } from '../../../../db/mutations/createMutationLayer';
import { defaultChunkSize } from '../../../../db/mutations/mutationOptions';
import type { OutpostDb } from '../../../../db/OutpostDb';
import type { ImportJob } from '../importJob';
import type { ImportSettings } from '../importSettings';
import type { ImportSource } from '../importSource';
import { emptyNamedIdCache } from '../resolveNamedIds';
import { runChunkedImport, type RunImportOptions } from '../runChunkedImport';
import { companyPlanner } from './planCompanyRows';
import { dealPlanner } from './planDealRows';
import { eventPlanner } from './planEventRows';
import { taskPlanner } from './planTaskRows';
import type { RecordChunkPlan, RecordPlanner, RecordRow } from './recordImportPlan';
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

// A row with its cells, for the failed-rows download when planning refuses it.
type RecordRowWithCells = RecordRow & { cells: string[] };
type RecordChunkPlanWithCells = RecordChunkPlan & { failed: RowError[] };

// A file of companies, deals, tasks or events, imported as runImport imports contacts: each
// row planned (create, update, skip, or refused with its reasons: a cell of the wrong type, or a
// pipeline, stage, team member, contact, company or deal not found) and, unless it is a dry
// run, each chunk written in one transaction with its record in the job.
export function runRecordImport(db: OutpostDb, mutations: MutationLayer, file: ImportSource, fileName: string, settings: ImportSettings, options: RunImportOptions): Promise<ImportJob> {
  const records = settings.records as RecordImportSettings;
  return runChunkedImport<RecordRowWithCells, RecordChunkPlanWithCells>(db, file, fileName, settings, options, { recordType: records.type }, async (job) => {
    const { summary } = job;
    const state = emptyRecordMatchState();
    for (const id of summary.createdIds) state.createdIds.add(id);
    const header = refHeaders(records.type, settings.headers, settings.mapping);
    const planRows = await planners[records.type]({ db, settings, records, members: await readTeamMemberIndex(db), header, state, now: new Date(job.updatedAt) });
    const cache = emptyNamedIdCache();
    return {
      context: {
        headers: settings.headers,
        mapping: settings.mapping,
        attributes: new Map(settings.attributes.map((attribute) => [attribute.key, attribute])),
        format: settings.valueFormat,
        record: { type: records.type, defaultCurrency: records.currency },
      },
      rowsPerChunk: defaultChunkSize,
      rowOf: (result) => (result.kind === 'record' ? { rowNumber: result.rowNumber, record: result.record, cells: result.cells } : undefined),
      plan: async (rows) => {
        const plan = await planRows(rows);
        const cellsOf = new Map(rows.map((row) => [row.rowNumber, row.cells]));
        if (plan.newContacts.length > 0) (summary.createdContactIds ??= []).push(...plan.newContacts.map((contact) => contact.id));
        return { ...plan, failed: plan.failed.map((failure) => ({ ...failure, cells: cellsOf.get(failure.rowNumber) ?? [] })) };
      },
      write: (plan) => writeRecordChunk(db, mutations, records.type, plan, cache, job),
    };
  });
}
