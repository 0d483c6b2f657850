import { emailMatchKey } from '../domain/duplicates/matchKeys';
import type { ImportedContact } from './importTypes';
import { mergeImportedContacts } from './mergeImportedContacts';

export const matchModes = ['create', 'upsert', 'update'] as const;
export type MatchMode = (typeof matchModes)[number];
export const matchFields = ['email', 'phone', 'externalId'] as const;
export type MatchField = (typeof matchFields)[number];

export type ImportedRow = { rowNumber: number; contact: ImportedContact };
// `createdByImport`: the contact came from an earlier row of this same file.
export type PlannedWrite = { id: string; rowNumbers: number[]; contact: ImportedContact; createdByImport: boolean };
export type SkippedRow = { rowNumber: number; reason: string };
export type ImportChunkPlan = { creates: PlannedWrite[]; updates: PlannedWrite[]; skipped: SkippedRow[]; mergedRows: number };

// Who is already there, by match key: contacts in the database, plus those this import has
// created so far (so a person twice in the file becomes one contact).
export type ImportMatchState = { idByKey: Map<string, string>; createdIds: Set<string> };

const fieldNames: Record<MatchField, string> = { email: 'email', phone: 'phone number', externalId: 'external id' };

// The key a contact is matched on; emails as duplicates compare them (Gmail dots, +tags).
export function importMatchKey(field: MatchField, value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  return field === 'email' ? emailMatchKey(value) : value.trim();
}

// Decides for each row of a chunk: create a contact, update one, or skip the row, by the mode.
// Mutates `state` with the contacts it plans to create, so later chunks match them.
export function planImportChunk(rows: readonly ImportedRow[], mode: MatchMode, matchOn: MatchField, state: ImportMatchState, newId: () => string): ImportChunkPlan {
  const plan: ImportChunkPlan = { creates: [], updates: [], skipped: [], mergedRows: 0 };
  const plannedById = new Map<string, PlannedWrite>();
  for (const { rowNumber, contact } of rows) {
    const key = importMatchKey(matchOn, contact.fields[matchOn]);
    const matchedId = key ? state.idByKey.get(key) : undefined;
    const fromThisFile = matchedId !== undefined && state.createdIds.has(matchedId);
    const planned = matchedId ? plannedById.get(matchedId) : undefined;
    if (planned) {
      planned.contact = mergeImportedContacts(planned.contact, contact);
      planned.rowNumbers.push(rowNumber);
      if (fromThisFile) plan.mergedRows += 1;
    } else if (matchedId && (fromThisFile || mode !== 'create')) {
      const write: PlannedWrite = { id: matchedId, rowNumbers: [rowNumber], contact, createdByImport: fromThisFile };
      plannedById.set(matchedId, write);
      plan.updates.push(write);
      if (fromThisFile) plan.mergedRows += 1;
    } else if (matchedId) {
      plan.skipped.push({ rowNumber, reason: `A contact with this ${fieldNames[matchOn]} already exists` });
    } else if (mode === 'update') {
      plan.skipped.push({ rowNumber, reason: key ? `No contact has this ${fieldNames[matchOn]}` : `No ${fieldNames[matchOn]} to match on` });
    } else {
      const write: PlannedWrite = { id: newId(), rowNumbers: [rowNumber], contact, createdByImport: true };
      plannedById.set(write.id, write);
      plan.creates.push(write);
      state.createdIds.add(write.id);
      if (key) state.idByKey.set(key, write.id);
    }
  }
  return plan;
}
