// syncMeta rows kept by sync beside the outbox counter (see outboxMeta.ts).
export const pullCursorKey = 'pullCursor';
// The workspace the cursor belongs to.
export const pullWorkspaceKey = 'pullWorkspace';

// A purged row's tombstone: purge is final, so a late edit from another device must not bring
// the row back as a ghost.
export function tombstoneKey(table: string, rowId: string): string {
  return `purged:${table}/${rowId}`;
}

// Rows of a table this version does not know (a newer device wrote it), kept until an upgrade.
export const keptRowPrefix = 'kept:';
export function keptRowKey(table: string, rowId: string): string {
  return `${keptRowPrefix}${table}/${rowId}`;
}

// The field catalogue (syncFieldSignature) kept changes were last replayed for.
export const replayedCatalogKey = 'replayedFieldCatalog';
