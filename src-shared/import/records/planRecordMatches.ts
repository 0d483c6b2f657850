import type { MatchMode, SkippedRow } from '../planImportChunk';

// A row ready to plan: its record and the key it is matched on (null: nothing to match on).
export type KeyedRow<R> = { rowNumber: number; key: string | null; value: R };
// `createdByImport`: the record came from an earlier row of this same file.
export type PlannedRecordWrite<R> = { id: string; rowNumbers: number[]; value: R; createdByImport: boolean };
export type RecordMatchPlan<R> = { creates: Array<PlannedRecordWrite<R>>; updates: Array<PlannedRecordWrite<R>>; skipped: SkippedRow[]; mergedRows: number };

// Who is already there, by match key: records in the database, plus those this import has
// created so far (so a record twice in the file is written once).
export type RecordMatchState = { idByKey: Map<string, string>; createdIds: Set<string> };

export function emptyRecordMatchState(): RecordMatchState {
  return { idByKey: new Map(), createdIds: new Set() };
}

// What the messages call a record and its key ("A deal with this external id already exists").
export type MatchWording = { record: string; key: string };

// Decides for each row: create a record, update one, or skip the row, by the mode; rows of one
// record in the file are merged (later values win). Tasks and events, which are only created,
// come with no key. Mutates `state` with the records it plans to create, so later chunks match them.
export function planRecordMatches<R>(rows: ReadonlyArray<KeyedRow<R>>, mode: MatchMode, state: RecordMatchState, newId: () => string, merge: (earlier: R, later: R) => R, wording: MatchWording): RecordMatchPlan<R> {
  const plan: RecordMatchPlan<R> = { creates: [], updates: [], skipped: [], mergedRows: 0 };
  const plannedById = new Map<string, PlannedRecordWrite<R>>();
  for (const { rowNumber, key, value } of rows) {
    const matchedId = key ? state.idByKey.get(key) : undefined;
    const fromThisFile = matchedId !== undefined && state.createdIds.has(matchedId);
    const planned = matchedId ? plannedById.get(matchedId) : undefined;
    if (planned) {
      planned.value = merge(planned.value, value);
      planned.rowNumbers.push(rowNumber);
      if (fromThisFile) plan.mergedRows += 1;
    } else if (matchedId && (fromThisFile || mode !== 'create')) {
      const write = { id: matchedId, rowNumbers: [rowNumber], value, createdByImport: fromThisFile };
      plannedById.set(matchedId, write);
      plan.updates.push(write);
      if (fromThisFile) plan.mergedRows += 1;
    } else if (matchedId) {
      plan.skipped.push({ rowNumber, reason: `A ${wording.record} with this ${wording.key} already exists` });
    } else if (mode === 'update') {
      plan.skipped.push({ rowNumber, reason: key ? `No ${wording.record} has this ${wording.key}` : `No ${wording.key} to match on` });
    } else {
      const write = { id: newId(), rowNumbers: [rowNumber], value, createdByImport: true };
      plannedById.set(write.id, write);
      plan.creates.push(write);
      state.createdIds.add(write.id);
      if (key) state.idByKey.set(key, write.id);
    }
  }
  return plan;
}
