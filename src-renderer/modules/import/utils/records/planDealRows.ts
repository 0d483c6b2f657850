import { compareByPosition, positionsAfter } from '@shared/domain/deals/dealPosition';
import { initialStage, stageMovePatch } from '@shared/domain/deals/dealStage';
import { statusPatch, type DealStatus } from '@shared/domain/deals/dealStatus';
import { planRecordMatches, type KeyedRow } from '@shared/import/records/planRecordMatches';
import { foldText } from '@shared/text/foldText';
import { newId } from '@shared/ids';
import type { StoredRecord } from '../../../../db/rowTypes';
import { learnMatchKeys, type RecordPlannerContext } from './recordPlannerContext';
import { emptyRecordPlan, mergeRecordWrites, withMatches, type RecordChunkPlan, type RecordRow, type RecordWrite, type RecordWriteValue } from './recordImportPlan';
import { contactOf, findChunkContacts, liveIdsBy, teamMemberOf } from './recordRefLookups';

type Deal = StoredRecord<'deals'>;
type Pipeline = StoredRecord<'pipelines'>;

// What a new deal's status starts from.
const openDeal = { status: 'open', wonAt: null, lostAt: null, lostReason: '' } as const;

// Deals by external id or by title within their pipeline. Pipeline and stage are found by name
// (case and accents aside); a stage the pipeline lacks refuses the row. A new deal goes to the
// bottom of its column, entering its stage now; an empty stage cell means the first stage.
export async function dealPlanner(context: RecordPlannerContext) {
  const { db, settings, records, members, header, state, now } = context;
  const pipelines = (await db.pipelines.orderBy('order').toArray()).filter((pipeline) => !pipeline.deleted);
  const stages = (await db.stages.orderBy('[pipelineId+order]').toArray()).filter((stage) => !stage.deleted);
  const stagesOf = (pipeline: Pipeline) => stages.filter((stage) => stage.pipelineId === pipeline.id);
  const defaultPipeline = pipelines.find((pipeline) => pipeline.id === records.pipelineId) ?? pipelines[0];
  const byName = <T extends { name: string }>(items: T[], name: string) => items.find((item) => foldText(item.name.trim()) === foldText(name.trim()));
  // The last position of each column this import adds to, read once.
  const lastPositions = new Map<string, string | null>();
  async function nextPosition(pipelineId: string, stageId: string): Promise<string> {
    const column = `${pipelineId}/${stageId}`;
    if (!lastPositions.has(column)) {
      const deals = await db.deals.where('[pipelineId+stageId]').equals([pipelineId, stageId]).toArray();
      lastPositions.set(column, deals.sort(compareByPosition).at(-1)?.position ?? null);
    }
    const [position] = positionsAfter(lastPositions.get(column) ?? null, 1) as [string];
    lastPositions.set(column, position);
    return position;
  }
  const closedAt = (fields: Record<string, unknown>) => (typeof fields.expectedCloseDate === 'string' ? new Date(`${fields.expectedCloseDate}T00:00:00Z`) : now);

  return async (rows: RecordRow[]): Promise<RecordChunkPlan> => {
    const plan = emptyRecordPlan();
    const contacts = await findChunkContacts(db, rows);
    const keyed: Array<KeyedRow<RecordWriteValue>> = [];
    for (const { rowNumber, record } of rows) {
      const { refs } = record;
      const errors: string[] = [];
      const pipeline = refs.pipeline ? byName(pipelines, refs.pipeline) : defaultPipeline;
      if (!pipeline) errors.push(refs.pipeline ? `${header('pipeline')}: no pipeline is named "${refs.pipeline}"` : 'There is no pipeline for the deal; add one in Settings > Pipelines');
      const stage = pipeline && (refs.stage ? byName(stagesOf(pipeline), refs.stage) : stagesOf(pipeline)[0]);
      if (pipeline && !stage) {
        errors.push(refs.stage ? `${header('stage')}: "${refs.stage}" is not a stage of ${pipeline.name} (${stagesOf(pipeline).map((one) => one.name).join(', ')})` : `${pipeline.name} has no stages`);
      }
      const owner = teamMemberOf(members, refs.owner, header('owner'));
      if ('error' in owner) errors.push(owner.error);
      const contact = contactOf({ rowNumber, record }, contacts, header);
      if ('error' in contact) errors.push(contact.error);
      if (errors.length > 0 || !pipeline || !stage || 'error' in owner || 'error' in contact) {
        plan.failed.push({ rowNumber, reason: errors.join('; ') });
        continue;
      }
      // An update moves the deal only when the row names a pipeline or a stage; a new deal
      // without either goes to the default pipeline's first stage.
      const fields: Record<string, unknown> = refs.pipeline || refs.stage ? { ...record.fields, pipelineId: pipeline.id, stageId: stage.id } : { ...record.fields };
      if (owner.id) fields.ownerId = owner.id;
      const title = String(record.fields.title ?? '');
      const key = records.matchOn === 'title' ? `${pipeline.id}/${foldText(title.trim())}` : ((record.fields.externalId as string | undefined) ?? null);
      keyed.push({ rowNumber, key, value: { fields, companyName: refs.company, contactIds: contact.id ? [contact.id] : [] } });
    }
    await learnMatchKeys(state, keyed.map((row) => row.key), async (keys) => {
      if (records.matchOn !== 'title') return liveIdsBy(db, 'deals', 'externalId', keys);
      const titles = [...new Set(keys.map((key) => key.slice(key.indexOf('/') + 1)))];
      const found = new Map<string, string>();
      for (const deal of await db.deals.where('[deleted+sortName]').anyOf(titles.map((title) => [0, title])).toArray()) {
        const key = `${deal.pipelineId}/${deal.sortName}`;
        if (!found.has(key)) found.set(key, deal.id);
      }
      return found;
    });
    const matched = withMatches(plan, planRecordMatches(keyed, settings.mode, state, newId, mergeRecordWrites, { record: 'deal', key: records.matchOn === 'title' ? 'title in its pipeline' : 'external id' }));
    const current = new Map((await db.deals.bulkGet(matched.updates.map((write) => write.id))).flatMap((deal) => (deal ? [[deal.id, deal] as const] : [])));
    for (const write of matched.creates) await finishCreate(write, defaultPipeline as Pipeline);
    for (const write of matched.updates) await finishUpdate(write, current.get(write.id));
    return matched;
  };

  async function finishCreate(write: RecordWrite, pipeline: Pipeline): Promise<void> {
    const { status, ...fields } = write.fields;
    fields.pipelineId ??= pipeline.id;
    fields.stageId ??= stagesOf(pipeline)[0]?.id;
    const stageId = fields.stageId as string;
    Object.assign(fields, initialStage(stageId, now), { position: await nextPosition(fields.pipelineId as string, stageId) });
    if (status) Object.assign(fields, statusPatch(openDeal, status as DealStatus, closedAt(fields), (fields.lostReason as string | undefined) ?? ''));
    write.fields = fields;
  }

  // A deal that is not stored yet (an earlier row of a dry run made it) takes the row's fields as they are.
  async function finishUpdate(write: RecordWrite, deal: Deal | undefined): Promise<void> {
    const { pipelineId, stageId, status, ...fields } = write.fields;
    if (deal && stageId && (stageId !== deal.stageId || pipelineId !== deal.pipelineId)) {
      Object.assign(fields, { pipelineId }, stageMovePatch(deal, stageId as string, await nextPosition(pipelineId as string, stageId as string), now));
    }
    if (deal && status) Object.assign(fields, statusPatch(deal, status as DealStatus, closedAt(fields), (fields.lostReason as string | undefined) ?? deal.lostReason));
    write.fields = fields;
  }
}
