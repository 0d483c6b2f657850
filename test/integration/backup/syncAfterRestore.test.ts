import { describe, expect, it } from 'vitest';
import { createDeviceClock } from '@renderer/db/deviceClock';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { openOutpostDb, type OutpostDb } from '@renderer/db/OutpostDb';
import { pullChanges } from '@renderer/db/sync/pullChanges';
import { pushOutbox } from '@renderer/db/sync/pushOutbox';
import { createWorkspaceFile } from '@renderer/modules/backup/utils/createWorkspaceFile';
import { restoreWorkspace } from '@renderer/modules/backup/utils/restoreWorkspace';
import { inMemorySyncStore, inProcessWorkspace, type InProcessWorkspace } from '../../helpers/inProcessSyncServer';
import { uniqueDatabaseName } from '../../helpers/testDatabase';

// A device's database lost and started again from the start-up offer, then synced against the
// server's own push and pull (in-memory PGlite, without HTTP).
const storage = inMemorySyncStore();
const workspace = () => inProcessWorkspace(storage.store);
type Server = InProcessWorkspace;

// As the app opens a database: the device clock continues from what the database holds.
async function openDevice(db: OutpostDb = openOutpostDb(uniqueDatabaseName('restored-sync'))) {
  await db.open();
  const clock = await createDeviceClock(db);
  return { db, clock, mutations: createMutationLayer(db, clock) };
}
type Device = Awaited<ReturnType<typeof openDevice>>;

async function sync(device: Device, server: Server): Promise<void> {
  await pushOutbox(device.db, (changes) => server.send(changes));
  await pullChanges(device.db, device.clock, device.mutations, server.fetchPage(1000));
}

// What the workspace holds on the server, as a device paired afresh downloads it.
async function serverContacts(server: Server): Promise<Record<string, number>> {
  const fresh = await openDevice();
  await pullChanges(fresh.db, fresh.clock, fresh.mutations, server.fetchPage(1000));
  return Object.fromEntries((await fresh.db.contacts.toArray()).map((row) => [row.firstName, row.deleted]));
}

const deletesPushed = (server: Server, since: number) => server.pushed.slice(since).flat().filter((change) => change.field === 'deleted' && change.value === 1);

// The device's database is gone; the same database name opens empty.
async function loseDatabase(device: Device): Promise<Device> {
  await device.db.delete();
  return openDevice(openOutpostDb(device.db.name));
}

describe('sync after the database was found empty at start', () => {
  it('after restoring an older backup, pushes only the backup’s own unsynced changes and pulls what others did since, deleting nothing', async () => {
    const server = await workspace();
    const laptop = await openDevice();
    const [ann = '', bob = ''] = await laptop.mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }, { firstName: 'Cy' }]);
    await sync(laptop, server);
    // Typed offline just before the backup: not on the server yet.
    await laptop.mutations.update('contacts', ann, { city: 'Lyon' });
    const { bytes } = await createWorkspaceFile(laptop.db, { appVersion: '0.1.0' });

    // Meanwhile a colleague adds a contact and the laptop itself adds one more, both synced.
    const colleague = await openDevice();
    await sync(colleague, server);
    await colleague.mutations.create('contacts', { firstName: 'Dee' });
    await colleague.mutations.update('contacts', bob, { city: 'Porto' });
    await sync(colleague, server);
    await laptop.mutations.create('contacts', { firstName: 'Eve' });
    await sync(laptop, server);

    const restored = await loseDatabase(laptop);
    await restoreWorkspace(restored.db, bytes);
    // The page reloads after a restore: the clock starts again from the restored database.
    const reopened = await openDevice(openOutpostDb(restored.db.name));
    const pushedBefore = server.pushed.length;
    await sync(reopened, server);

    expect(deletesPushed(server, pushedBefore)).toEqual([]);
    const pushed = server.pushed.slice(pushedBefore).flat();
    expect(new Set(pushed.map((change) => change.rowId))).toEqual(new Set([ann]));
    expect(pushed).toContainEqual(expect.objectContaining({ rowId: ann, field: 'city', value: 'Lyon' }));
    expect(await serverContacts(server)).toEqual({ Ann: 0, Bob: 0, Cy: 0, Dee: 0, Eve: 0 });
    const rows = await reopened.db.contacts.toArray();
    expect(rows.map((row) => [row.firstName, row.deleted, row.city]).sort()).toEqual([
      ['Ann', 0, 'Lyon'],
      ['Bob', 0, 'Porto'],
      ['Cy', 0, ''],
      ['Dee', 0, ''],
      ['Eve', 0, ''],
    ]);
    expect(await reopened.db.outbox.count()).toBe(0);
  });

  it('after "Start without restoring", pushes nothing and downloads the whole workspace again', async () => {
    const server = await workspace();
    const laptop = await openDevice();
    await laptop.mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }]);
    await sync(laptop, server);

    const empty = await loseDatabase(laptop);
    const pushedBefore = server.pushed.length;
    await sync(empty, server);

    expect(server.pushed.length).toBe(pushedBefore);
    expect(await serverContacts(server)).toEqual({ Ann: 0, Bob: 0 });
    expect((await empty.db.contacts.toArray()).map((row) => row.firstName).sort()).toEqual(['Ann', 'Bob']);
  });
});
