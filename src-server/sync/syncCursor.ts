// The pull cursor is opaque to devices. Inside it says where the device is: in the change log
// after a sequence number, or in a snapshot of latest values after a sequence number (snapshots
// page by the seq of the change that set each value). An empty cursor is a device that has
// nothing yet: it starts with a snapshot, which is smaller than the whole history.

export type SyncCursor = { mode: 'log' | 'snapshot'; after: number };

const cursorPattern = /^v1\.(log|snapshot)\.(\d{1,15})$/;

export function encodeCursor(cursor: SyncCursor): string {
  return `v1.${cursor.mode}.${cursor.after}`;
}

export function decodeCursor(text: string): SyncCursor | null {
  if (text === '') return { mode: 'snapshot', after: 0 };
  const match = cursorPattern.exec(text);
  if (!match) return null;
  return { mode: match[1] as SyncCursor['mode'], after: Number(match[2]) };
}
