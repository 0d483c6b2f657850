import type { RecordMatchState } from '@shared/import/records/planRecordMatches';
import type { OutpostDb } from '../../../../db/OutpostDb';
import type { ImportSettings } from '../importSettings';
import type { RecordImportSettings } from './recordImportSettings';
import type { RefHeader } from './recordRefLookups';

// What every type's planner reads: the database, the wizard's settings, team members by name
// and email, the column each reference came from, and what this import has matched so far.
export type RecordPlannerContext = {
  db: OutpostDb;
  settings: ImportSettings;
  records: RecordImportSettings;
  members: ReadonlyMap<string, string>;
  header: RefHeader;
  state: RecordMatchState;
  // When the import started: the time of stage entries, wins and completions it records.
  now: Date;
};

// The match keys of `keys` not known yet, looked up with `find` (one query for the chunk).
export async function learnMatchKeys(state: RecordMatchState, keys: Array<string | null>, find: (missing: string[]) => Promise<Map<string, string>>): Promise<void> {
  const missing = [...new Set(keys.filter((key): key is string => key !== null && !state.idByKey.has(key)))];
  if (missing.length === 0) return;
  for (const [key, id] of await find(missing)) if (!state.idByKey.has(key)) state.idByKey.set(key, id);
}
