import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkspaceHeader } from '@shared/backup/readWorkspaceFile';
import { objectCount, workspaceObjectCounts } from '@renderer/modules/backup/utils/workspaceObjects';

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
});
