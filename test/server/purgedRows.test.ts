import { describe, expect, it } from 'vitest';
import { serverForCase } from './helpers/serverForCase';
import { storageCases } from './helpers/serverStorages';
import { change, newWorkspace, pairDevice, pullAll, push } from './helpers/syncTestClient';

// "Forget this person": once a row is purged the server holds nothing of it but the marker.
describe.each(storageCases)('purged rows on $name', (storage) => {
  const { skip } = storage;
  const server = serverForCase(storage);

  async function storedValues(workspaceId: string, source: 'field_values' | 'changes') {
    const result = await server.store.query<{ rowId: string; field: string; value: string }>(
      `select row_id as "rowId", field, value from ${source} where workspace_id = $1 order by row_id, field`,
      [workspaceId],
    );
    return result.rows;
  }

  it.skipIf(skip)('drops the purged row’s values from the latest values and the log, keeping the purge marker', async () => {
    const workspaceId = await newWorkspace(server.store);
    const { token } = await pairDevice(server.app, server.store, workspaceId);
    await push(server.app, token, [change('ann', 'name', 'Ann Lee', 1), change('ann', 'email', 'ann@example.com', 1), change('bob', 'name', 'Bob Hart', 1)]);
    await push(server.app, token, [change('ann', 'name', 'Ann Leigh', 2)]);
    expect((await push(server.app, token, [change('ann', 'purged', true, 3)])).statusCode).toBe(200);

    const marker = { rowId: 'ann', field: 'purged', value: 'true' };
    const bob = { rowId: 'bob', field: 'name', value: '"Bob Hart"' };
    expect(await storedValues(workspaceId, 'field_values')).toEqual([marker, bob]);
    expect(await storedValues(workspaceId, 'changes')).toEqual([marker, bob]);

    // A fresh device gets the marker (so it never shows Ann) and nothing else of her.
    const fresh = await pairDevice(server.app, server.store, workspaceId, 'new@example.com');
    const pulled = await pullAll(server.app, fresh.token);
    expect(pulled.changes.map(({ rowId, field, value }) => ({ rowId, field, value }))).toEqual([
      { rowId: 'bob', field: 'name', value: 'Bob Hart' },
      { rowId: 'ann', field: 'purged', value: true },
    ]);
  });

  it.skipIf(skip)('stores no later edit of a purged row, nor the edits sent in the purge’s own batch', async () => {
    const workspaceId = await newWorkspace(server.store);
    const { token } = await pairDevice(server.app, server.store, workspaceId);
    const offline = await pairDevice(server.app, server.store, workspaceId, 'offline@example.com');
    const purge = await push(server.app, token, [change('ann', 'name', 'Ann Lee', 1), change('ann', 'purged', true, 2)]);
    expect(purge.json()).toEqual({ stored: 1, seq: 1 });

    // An edit made on a device that was offline, stamped after the purge, brings nothing back.
    const late = await push(server.app, offline.token, [change('ann', 'email', 'ann@example.com', 5), change('bob', 'name', 'Bob', 5)]);
    expect(late.json()).toEqual({ stored: 1, seq: 2 });
    // A retried purge changes nothing either.
    expect((await push(server.app, token, [change('ann', 'purged', true, 2)])).json()).toEqual({ stored: 0, seq: 2 });
    expect(await storedValues(workspaceId, 'field_values')).toEqual([
      { rowId: 'ann', field: 'purged', value: 'true' },
      { rowId: 'bob', field: 'name', value: '"Bob"' },
    ]);
  });
});
