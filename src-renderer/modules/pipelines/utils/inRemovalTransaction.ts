import { undoStore, type UndoEntry } from '../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../db/OutpostDb';

// Runs a removal in one transaction; when it fails, the undo entry it started is dropped again.
export async function inRemovalTransaction(db: OutpostDb, tables: string[], work: () => Promise<UndoEntry>): Promise<UndoEntry> {
  const previousUndo = undoStore.getState().last;
  try {
    return await db.transaction('rw', tables, work);
  } catch (error) {
    // The transaction rolled back, so the action recorded for undo never happened.
    undoStore.setState({ last: previousUndo });
    throw error;
  }
}
