import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { StorageFullError } from '@renderer/db/errors';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import { uniqueDatabaseName } from '../../helpers/testDatabase';

// Simulates a full disk: every write after the switch fails as IndexedDB reports it.
function diskFullMiddleware(isFull: () => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'disk-full',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (isFull() ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(request)),
        };
      },
    }),
  };
}

describe('a full disk', () => {
  it('says the disk is full and loses nothing saved before', async () => {
    let full = false;
    const db = openOutpostDb(uniqueDatabaseName());
    db.use(diskFullMiddleware(() => full));
    await db.open();
    const mutations = createMutationLayer(db, new HybridLogicalClock('testnode'));
    const saved = await mutations.create('contacts', { firstName: 'Saved', lastName: 'Before' });

    full = true;
    const failure = await mutations.create('contacts', { firstName: 'Lost?' }).catch((error: unknown) => error);
    const failedUpdate = await mutations.update('contacts', saved.id, { city: 'Oslo' }).catch((error: unknown) => error);
    full = false;

    expect(failure).toBeInstanceOf(StorageFullError);
    expect((failure as Error).message).toMatch(/disk is full.*Everything saved before is safe/);
    expect(failedUpdate).toBeInstanceOf(StorageFullError);
    expect(await db.contacts.toArray()).toEqual([expect.objectContaining({ id: saved.id, firstName: 'Saved', city: '' })]);
    expect(await db.outbox.count()).toBe(1);
  });
});
