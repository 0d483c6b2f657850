import { describe, expect, it } from 'vitest';
import type { FieldChange } from '@shared/sync/recordWrite';
import { compactChangeLog } from '../../src-server/admin/compactChangeLog';
import { serverForCase } from './helpers/serverForCase';
import { storageCases } from './helpers/serverStorages';
import { change, hlcAt, latestValues, newWorkspace, pairDevice, pullAll, pullPage, push } from './helpers/syncTestClient';

describe.each(storageCases)('sync server on $name', (storage) => {
  const { skip } = storage;
  const server = serverForCase(storage);

  async function twoDevices() {
    const workspaceId = await newWorkspace(server.store);
    return { workspaceId, laptop: await pairDevice(server.app, server.store, workspaceId), phone: await pairDevice(server.app, server.store, workspaceId, 'other@example.com') };
  }

  it.skipIf(skip)('delivers what one device pushes to another, grouped by write, with sequence numbers in order', async () => {
    const { laptop, phone } = await twoDevices();
    const changes = [change('c1', 'name', 'Ann', 1), change('c1', 'email', 'ann@example.com', 1), change('c2', 'custom.score', 7.5, 2)];
    const pushed = await push(server.app, laptop.token, changes);
    expect(pushed.statusCode).toBe(200);
    expect(pushed.json()).toEqual({ stored: 3, seq: 3 });

    const page = await pullPage(server.app, phone.token, '');
    expect(page.writes).toEqual([
      { table: 'contacts', rowId: 'c1', hlc: hlcAt(1), seq: 2, fields: { name: 'Ann', email: 'ann@example.com' } },
      { table: 'contacts', rowId: 'c2', hlc: hlcAt(2), seq: 3, fields: { 'custom.score': 7.5 } },
    ]);
    const again = await pullPage(server.app, phone.token, page.cursor);
    expect(again).toMatchObject({ writes: [], hasMore: false, snapshot: false, cursor: page.cursor });
  });

  it.skipIf(skip)('splits a write across pages where the page ends, and never repeats or drops one of its fields', async () => {
    const { laptop, phone } = await twoDevices();
    const fields = ['firstName', 'lastName', 'email', 'phone', 'city'];
    await push(server.app, laptop.token, fields.map((field) => change('c1', field, `${field} of Ann`, 1)));
    const pulled = await pullAll(server.app, phone.token, '', 2);
    expect(pulled.pages.map((page) => page.count)).toEqual([2, 2, 1]);
    expect(pulled.changes.map((item) => [item.field, item.seq])).toEqual([['firstName', 2], ['lastName', 2], ['email', 4], ['phone', 4], ['city', 5]]);
  });

  it.skipIf(skip)('stores a retried batch once: the retry stores 0 and changes nothing', async () => {
    const { laptop, phone } = await twoDevices();
    const batch = [change('c1', 'name', 'Ann', 1), change('c1', 'phone', '+4930123456', 1)];
    expect((await push(server.app, laptop.token, batch)).json()).toEqual({ stored: 2, seq: 2 });
    expect((await push(server.app, laptop.token, batch)).json()).toEqual({ stored: 0, seq: 2 });
    expect((await push(server.app, phone.token, batch)).json()).toEqual({ stored: 0, seq: 2 });
    expect((await pullAll(server.app, phone.token)).changes).toHaveLength(2);
  });

  it.skipIf(skip)('keeps the latest value per field by HLC, whatever order the changes arrive in', async () => {
    const { laptop, phone } = await twoDevices();
    await push(server.app, laptop.token, [change('c1', 'name', 'Newest', 30), change('c1', 'title', 'CEO', 10)]);
    // Older than what is stored: already lost on every device, so it is not stored again.
    expect((await push(server.app, phone.token, [change('c1', 'name', 'Older', 20)])).json()).toEqual({ stored: 0, seq: 2 });
    // A concurrent edit of another field of the same contact survives.
    expect((await push(server.app, phone.token, [change('c1', 'title', 'CTO', 40)])).json()).toEqual({ stored: 1, seq: 3 });
    const snapshot = await pullAll(server.app, phone.token);
    expect(snapshot.pages[0]?.snapshot).toBe(true);
    expect(latestValues(snapshot.changes)).toEqual(new Map([['contacts/c1/name', 'Newest'], ['contacts/c1/title', 'CTO']]));
  });

  it.skipIf(skip)('pages through the log after a cursor without losing or repeating a change', async () => {
    const { laptop, phone } = await twoDevices();
    await push(server.app, laptop.token, [change('c0', 'name', 'first', 0)]);
    const start = (await pullAll(server.app, phone.token)).cursor;
    const batch = Array.from({ length: 25 }, (_, i) => change(`c${i}`, 'name', `Name ${i}`, i + 1));
    await push(server.app, laptop.token, batch);
    const pulled = await pullAll(server.app, phone.token, start, 10);
    expect(pulled.pages).toEqual([
      { count: 10, snapshot: false },
      { count: 10, snapshot: false },
      { count: 5, snapshot: false },
    ]);
    expect(pulled.changes.map((item) => item.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
  });

  it.skipIf(skip)('gives a device whose cursor is older than the retained log a paged snapshot, then the log again', async () => {
    const { workspaceId, laptop, phone } = await twoDevices();
    await push(server.app, laptop.token, [change('c1', 'name', 'Ann', 1), change('c2', 'name', 'Bob', 1)]);
    const stale = (await pullAll(server.app, phone.token)).cursor;
    await push(server.app, laptop.token, [change('c1', 'name', 'Anna', 2), change('c3', 'name', 'Cy', 2), change('c4', 'name', 'Di', 2)]);
    expect(await compactChangeLog(server.store, workspaceId, { throughSeq: 4 })).toEqual({ deleted: 4, compactedThrough: 4 });

    const caughtUp = await pullAll(server.app, phone.token, stale, 2);
    expect(caughtUp.pages.every((page) => page.snapshot)).toBe(true);
    expect(caughtUp.pages.map((page) => page.count)).toEqual([2, 2]);
    expect(latestValues(caughtUp.changes)).toEqual(
      new Map([['contacts/c1/name', 'Anna'], ['contacts/c2/name', 'Bob'], ['contacts/c3/name', 'Cy'], ['contacts/c4/name', 'Di']]),
    );
    await push(server.app, laptop.token, [change('c5', 'name', 'Ed', 3)]);
    const next = await pullPage(server.app, phone.token, caughtUp.cursor);
    expect(next.snapshot).toBe(false);
    expect(next.writes.map((item) => item.rowId)).toEqual(['c5']);
  });

  it.skipIf(skip)('stores and serves tables and fields it does not know, for newer server.app versions', async () => {
    const { laptop, phone } = await twoDevices();
    const future: FieldChange = { table: 'invoices', rowId: 'i1', field: 'lines', value: [{ sku: 'A', qty: 2 }, null, { nested: { deep: true } }], hlc: change('i1', 'x', 0, 1).hlc };
    expect((await push(server.app, laptop.token, [future])).json()).toEqual({ stored: 1, seq: 1 });
    expect((await pullAll(server.app, phone.token)).changes).toEqual([{ ...future, seq: 1 }]);
  });

  it.skipIf(skip)('keeps workspaces apart', async () => {
    const first = await twoDevices();
    const second = await twoDevices();
    await push(server.app, first.laptop.token, [change('c1', 'name', 'Secret', 1)]);
    expect((await pullAll(server.app, second.phone.token)).changes).toEqual([]);
  });
});
