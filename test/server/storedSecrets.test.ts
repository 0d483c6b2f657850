import { describe, expect, it } from 'vitest';
import { pairResponseSchema } from '@shared/sync/syncProtocol';
import { createInvite } from '../../src-server/admin/createInvite';
import type { SyncStore } from '../../src-server/store/SyncStore';
import { serverForCase } from './helpers/serverForCase';
import { storageCases } from './helpers/serverStorages';
import { change, newWorkspace, pullAll, push } from './helpers/syncTestClient';

// Every row of every table of the server's database, as one text to search.
async function databaseDump(store: SyncStore): Promise<string> {
  const tables = await store.query<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const dumps = await Promise.all(tables.rows.map(async ({ name }) => `${name}: ${JSON.stringify((await store.query(`select * from "${name}"`)).rows)}`));
  return dumps.join('\n');
}

// A copy of the server's database (a backup, a stolen disk) must not let anyone in: device
// tokens and pairing codes are kept only as hashes.
describe.each(storageCases)('secrets stored by the server on $name', (storage) => {
  const { skip } = storage;
  const server = serverForCase(storage);

  it.skipIf(skip)('keeps no device token or pairing code in any table, only their hashes', async () => {
    const workspaceId = await newWorkspace(server.store);
    const used = await createInvite(server.store, { workspaceId, email: 'rep@example.com' });
    const unused = await createInvite(server.store, { workspaceId, email: 'later@example.com' });
    const paired = await server.app.inject({ method: 'POST', url: '/v1/pair', payload: { code: used.code, deviceName: 'Rep laptop' } });
    const { token } = pairResponseSchema.parse(paired.json());
    expect((await push(server.app, token, [change('c1', 'firstName', 'Ann', 1)])).statusCode).toBe(200);
    expect((await pullAll(server.app, token)).changes).toHaveLength(1);

    const dump = await databaseDump(server.store);
    expect(dump).toContain('Rep laptop');
    expect(dump).not.toContain(token);
    // The random part alone, in case a prefix were stripped before storing.
    expect(dump).not.toContain(token.replace(/^opt_/, ''));
    for (const { code } of [used, unused]) {
      for (const form of [code, code.replace(/-/g, '')]) expect(dump.toUpperCase()).not.toContain(form);
    }

    const codes = await server.store.query<{ code_hash: string }>('select p.code_hash from pairing_codes p join users u on u.id = p.user_id where u.workspace_id = $1', [workspaceId]);
    const tokens = await server.store.query<{ token_hash: string }>(
      'select t.token_hash from tokens t join devices d on d.id = t.device_id join users u on u.id = d.user_id where u.workspace_id = $1',
      [workspaceId],
    );
    expect(codes.rows).toEqual([{ code_hash: expect.stringMatching(/^[0-9a-f]{64}$/) }, { code_hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(tokens.rows).toEqual([{ token_hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    // The dump does cover the tables the secrets live in.
    for (const hash of [...codes.rows.map((row) => row.code_hash), tokens.rows[0]!.token_hash]) expect(dump).toContain(hash);
  });
});
