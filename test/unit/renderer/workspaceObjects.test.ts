import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkspaceHeader } from '@shared/backup/readWorkspaceFile';
import { objectCount, objectCounter, workspaceObjectCounts } from '@renderer/modules/backup/utils/workspaceObjects';

const formatV1 = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/backup/format-v1.outpost')));

describe('what a backup holds, as a user counts it', () => {
  it('falls back on row counts for a file written before objects were counted, except packed events', async () => {
    const header = await readWorkspaceHeader(formatV1, 4);
    expect(header.objects).toBeUndefined();
    const { objects, unsyncedChanges } = workspaceObjectCounts(header);
    expect(objects.filter(({ count }) => count !== 0)).toEqual([
      { label: 'contacts', count: 2 },
      { label: 'events', count: null },
    ]);
    expect(unsyncedChanges).toBe(1);
    // Before schema version 4 every event was a row of its own.
    expect(objectCount({ ...header, schemaVersion: 3 }, 'events')).toBe(4);
  });

  it('reads the counts a newer file carries, never listing internal tables', async () => {
    const header = { ...(await readWorkspaceHeader(formatV1, 4)), objects: { contacts: 1, events: 3, outbox: 2 } };
    const { objects, unsyncedChanges } = workspaceObjectCounts(header);
    expect(objects.filter(({ count }) => count !== 0)).toEqual([
      { label: 'contacts', count: 1 },
      { label: 'events', count: 3 },
    ]);
    for (const internal of ['settings', 'outbox', 'sync meta']) expect(objects.map(({ label }) => label)).not.toContain(internal);
    expect(unsyncedChanges).toBe(2);
  });

  it('counts events out of packed rows, and one per row in a database not upgraded yet; trashed records are left out', () => {
    const event = (id: string, deleted: 0 | 1 = 0) => ({ id, contactId: 'c1', name: 'page_view', time: '2026-12-01T10:00:00.000Z', deleted });
    const packed = [
      { id: 'b1', contactIds: ['c1'], names: ['page_view'], eventIds: ['e1', 'e2', 'e3'], events: [event('e1'), event('e2'), event('e3', 1)] },
      { id: 'facts|page_view|b1', factName: 'page_view', factEventIds: { text: 'e1e2', ends: [2, 4] }, factContactIds: { text: 'c1c1', ends: [2, 4] }, factTimes: [1, 2] },
      { id: 'summary', nameCounts: { page_view: 2 } },
    ];
    expect(objectCounter('events')?.(packed)).toBe(2);
    expect(objectCounter('events')?.([event('e1'), event('e2'), event('e3', 1)])).toBe(2);
    expect(objectCounter('contacts')?.([{ id: 'c1', deleted: 0 }, { id: 'c2', deleted: 1 }])).toBe(1);
    // Unsynced changes as the status bar counts them: each record write, not each outbox row.
    const write = (rowId: string) => ({ table: 'contacts', rowId, hlc: 'h', fields: { firstName: rowId } });
    expect(objectCounter('outbox')?.([{ seq: 1, writes: [write('c1'), write('c2')] }, { seq: 2, writes: [write('c3')] }])).toBe(3);
    expect(objectCounter('settings')).toBeUndefined();
    expect(objectCounter('syncMeta')).toBeUndefined();
  });
});
