import type Dexie from 'dexie';

// Nothing at all, not even settings: a new or lost database (one the user started empty
// still holds the onboarding setting).
export async function isWorkspaceEmpty(db: Dexie): Promise<boolean> {
  for (const table of db.tables) if ((await table.limit(1).count()) > 0) return false;
  return true;
}
