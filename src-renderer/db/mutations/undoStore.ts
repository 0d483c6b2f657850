import { createStore } from 'zustand/vanilla';
import type { SyncedTable } from '@shared/domain/recordSchemas';

// A row as it was before an action: the previous values of the fields it changed, and its
// deleted flag (1 for a row the action created, so undo removes it again).
export type RowSnapshot = { id: string; fields: Record<string, unknown>; deleted?: 0 | 1 };

export type UndoStep = { table: SyncedTable; rows: RowSnapshot[] };

// What it takes to reverse one destructive action, in the order it was done; undo replays the
// steps backwards. One action may span tables (a merge moves tags, notes and events).
export type UndoEntry = { label: string; steps: UndoStep[] };

type UndoState = { last: UndoEntry | null };

// Only the last destructive action can be undone, as in most desktop apps.
export const undoStore = createStore<UndoState>(() => ({ last: null }));

export function rememberUndo(entry: UndoEntry): void {
  if (entry.steps.some((step) => step.rows.length > 0)) undoStore.setState({ last: entry });
}

export function takeUndo(): UndoEntry | null {
  const { last } = undoStore.getState();
  undoStore.setState({ last: null });
  return last;
}

export function countUndoRows(entry: UndoEntry): number {
  return entry.steps.reduce((sum, step) => sum + step.rows.length, 0);
}
