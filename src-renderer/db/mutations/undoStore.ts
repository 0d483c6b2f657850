import { createStore } from 'zustand/vanilla';
import type { SyncedTable } from '@shared/domain/recordSchemas';

export type RowSnapshot = { id: string; fields: Record<string, unknown>; deleted?: 0 | 1 };

// What it takes to reverse one destructive action: the previous values of what it changed.
export type UndoEntry = { label: string; table: SyncedTable; rows: RowSnapshot[] };

type UndoState = { last: UndoEntry | null };

// Only the last destructive action can be undone, as the issue and most desktop apps do.
export const undoStore = createStore<UndoState>(() => ({ last: null }));

export function rememberUndo(entry: UndoEntry): void {
  if (entry.rows.length > 0) undoStore.setState({ last: entry });
}

export function takeUndo(): UndoEntry | null {
  const { last } = undoStore.getState();
  undoStore.setState({ last: null });
  return last;
}
