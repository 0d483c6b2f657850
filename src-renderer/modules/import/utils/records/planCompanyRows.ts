import type { RecordMatchField } from '@shared/import/records/importRecordTypes';
import { planRecordMatches, type KeyedRow } from '@shared/import/records/planRecordMatches';
import { foldText } from '@shared/text/foldText';
import { newId } from '@shared/ids';
import { learnMatchKeys, type RecordPlannerContext } from './recordPlannerContext';
import { emptyRecordPlan, mergeRecordWrites, withMatches, type RecordChunkPlan, type RecordRow, type RecordWriteValue } from './recordImportPlan';
import { liveIdsBy, teamMemberOf } from './recordRefLookups';

const keyNames: Record<string, string> = { externalId: 'external id', domain: 'domain', name: 'name' };

function matchKey(fields: Record<string, unknown>, matchOn: RecordMatchField | null): string | null {
  const value = matchOn ? fields[matchOn] : null;
  if (typeof value !== 'string' || !value.trim()) return null;
  return matchOn === 'name' ? foldText(value.trim()) : value.trim();
}

// Companies by external id, domain or name (create only, create and update, update only, as
// contacts are); an owner cell names a team member.
export function companyPlanner(context: RecordPlannerContext) {
  const { db, settings, records, members, header, state } = context;
  const matchOn = records.matchOn;
  return async (rows: RecordRow[]): Promise<RecordChunkPlan> => {
    const plan = emptyRecordPlan();
    const keyed: Array<KeyedRow<RecordWriteValue>> = [];
    for (const { rowNumber, record } of rows) {
      const fields = { ...record.fields };
      const owner = teamMemberOf(members, record.refs.owner, header('owner'));
      if ('error' in owner) {
        plan.failed.push({ rowNumber, reason: owner.error });
        continue;
      }
      if (owner.id) fields.ownerId = owner.id;
      keyed.push({ rowNumber, key: matchKey(fields, matchOn), value: { fields } });
    }
    await learnMatchKeys(state, keyed.map((row) => row.key), async (keys) => {
      if (matchOn !== 'name') return liveIdsBy(db, 'companies', matchOn as string, keys);
      const found = new Map<string, string>();
      for (const company of await db.companies.where('[deleted+sortName]').anyOf(keys.map((key) => [0, key])).toArray()) if (!found.has(company.sortName)) found.set(company.sortName, company.id);
      return found;
    });
    const matched = planRecordMatches(keyed, settings.mode, state, newId, mergeRecordWrites, { record: 'company', key: keyNames[matchOn ?? ''] ?? 'key' });
    return withMatches(plan, matched);
  };
}
