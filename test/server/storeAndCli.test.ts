import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../src-server/admin/createWorkspace';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { adminSocketPath, sendAdminCommand, serveAdminCommands } from '../../src-server/cli/adminSocket';
import { parseServerCommand, UsageError } from '../../src-server/cli/parseServerCommand';
import { runAdminCommand } from '../../src-server/cli/runAdminCommand';
import { migrations } from '../../src-server/store/migrations';
import { openSyncStore } from '../../src-server/store/openSyncStore';
import type { SyncStore } from '../../src-server/store/SyncStore';
import { pushChanges } from '../../src-server/sync/pushChanges';
import { change } from './helpers/syncTestClient';

describe('PGlite data folder', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'outpost-server-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps data across restarts, applies each migration once, and is never opened by two processes at once', async () => {
    const first = await openSyncStore({ kind: 'pglite', dataDir });
    const { workspaceId } = await createWorkspace(first, { name: 'Acme', adminEmail: 'Boss@Acme.test' });
    await pushChanges(first, workspaceId, [change('c1', 'name', 'Ann', 1)]);
    await expect(openSyncStore({ kind: 'pglite', dataDir })).rejects.toThrow(/in use by another Outpost server process/);
    await first.close();

    const reopened = await openSyncStore({ kind: 'pglite', dataDir });
    try {
      expect((await reopened.query('select version from schema_migrations order by version')).rows).toEqual(migrations.map(({ version }) => ({ version })));
      expect((await reopened.query('select email from users')).rows).toEqual([{ email: 'boss@acme.test' }]);
      expect((await reopened.query('select value from field_values')).rows).toEqual([{ value: '"Ann"' }]);
    } finally {
      await reopened.close();
    }
  });
});

describe('server command line', () => {
  it('reads options before environment variables before defaults', () => {
    expect(parseServerCommand([], {})).toEqual({ name: 'start', storage: { kind: 'pglite', dataDir: './outpost-server-data' }, host: '127.0.0.1', port: 8787 });
    expect(parseServerCommand(['--port', '9000', '--data-dir', '/srv/o'], { PORT: '1', HOST: '0.0.0.0', DATA_DIR: '/x' })).toEqual({
      name: 'start',
      storage: { kind: 'pglite', dataDir: '/srv/o' },
      host: '0.0.0.0',
      port: 9000,
    });
    expect(parseServerCommand(['invite', 'a@b.co'], { DATABASE_URL: 'postgresql://db/outpost' })).toEqual({
      name: 'invite',
      storage: { kind: 'postgres', url: 'postgresql://db/outpost' },
      email: 'a@b.co',
      workspace: undefined,
    });
  });

  it('reads import-hub: the hub folder to read, and the server storage to move it into', () => {
    expect(parseServerCommand(['import-hub', '/home/ann/.config/Outpost/hub'], {})).toEqual({
      name: 'import-hub',
      storage: { kind: 'pglite', dataDir: './outpost-server-data' },
      hubDataDir: '/home/ann/.config/Outpost/hub',
    });
    expect(parseServerCommand(['import-hub', 'hub', '--data-dir', '/srv/o'], { DATA_DIR: '/x' })).toEqual({ name: 'import-hub', storage: { kind: 'pglite', dataDir: '/srv/o' }, hubDataDir: 'hub' });
    expect(parseServerCommand(['--data-dir', '/srv/o', 'import-hub', 'hub'], {})).toMatchObject({ name: 'import-hub', hubDataDir: 'hub' });
    expect(parseServerCommand(['import-hub', 'hub'], { DATABASE_URL: 'postgresql://db/outpost' })).toEqual({
      name: 'import-hub',
      storage: { kind: 'postgres', url: 'postgresql://db/outpost' },
      hubDataDir: 'hub',
    });
  });

  it.each([
    [['import-hub']],
    [['import-hub', 'hub', 'another-hub']],
    [['import-hub', 'hub', '--data-dir', '/srv/o'], { DATABASE_URL: 'postgresql://db/o' }],
    [['--port', 'eighty']],
    [['--colour']],
    [['init', '--workspace', 'Acme']],
    [['invite']],
    [['launch']],
    [['compact']],
    [['--data-dir', '/x'], { DATABASE_URL: 'postgresql://db/o' }],
  ] as Array<[string[], NodeJS.ProcessEnv?]>)('refuses %j with a clear message', (argv, env = {}) => {
    expect(() => parseServerCommand(argv, env)).toThrow(UsageError);
  });

  describe('admin commands', () => {
    let store: SyncStore;
    beforeAll(async () => {
      store = await openSyncStore({ kind: 'pglite' });
    });
    afterAll(() => store.close());
    const storage = { kind: 'pglite' } as const;

    it('init, invite, pair, tokens and revoke work together', async () => {
      const init = await runAdminCommand(store, { name: 'init', storage, workspaceName: 'Acme', adminEmail: 'boss@acme.test' });
      expect(init).toMatch(/Created workspace "Acme"/);
      const invite = await runAdminCommand(store, { name: 'invite', storage, email: 'rep@acme.test', workspace: 'Acme' });
      const code = /Pairing code .*: (\S+)/.exec(invite)?.[1];
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

      const app = await buildSyncApp({ store });
      const paired = await app.inject({ method: 'POST', url: '/v1/pair', payload: { code, deviceName: 'Rep laptop' } });
      await app.close();
      expect(paired.statusCode).toBe(200);

      const tokens = await runAdminCommand(store, { name: 'tokens', storage });
      expect(tokens).toMatch(/active +rep@acme\.test +"Rep laptop"/);
      const tokenId = tokens.split(/\s+/)[0]!;
      expect(await runAdminCommand(store, { name: 'revoke', storage, tokenId })).toMatch(/^Revoked/);
      expect(await runAdminCommand(store, { name: 'tokens', storage })).toMatch(/revoked +rep@acme\.test/);
      await expect(runAdminCommand(store, { name: 'invite', storage, email: 'not an email' })).rejects.toThrow(/is not an email address/);
      expect(await runAdminCommand(store, { name: 'site-key', storage })).toMatch(/<script async src="[^"]+\/t\.js" data-site-key="site_[\w-]+"><\/script>/);
    });

    it('are answered by the running server through its admin socket', async () => {
      const socketDir = await mkdtemp(join(tmpdir(), 'outpost-admin-'));
      const socketPath = adminSocketPath(socketDir);
      try {
        expect(await sendAdminCommand(socketPath, { name: 'tokens', storage })).toBeNull();
        const stop = await serveAdminCommands(store, socketPath);
        try {
          expect(await sendAdminCommand(socketPath, { name: 'invite', storage, email: 'via-socket@acme.test', workspace: 'Acme' })).toMatch(/^Invited via-socket@acme\.test/);
          await expect(sendAdminCommand(socketPath, { name: 'invite', storage, email: 'nope', workspace: 'Acme' })).rejects.toThrow(/is not an email address/);
        } finally {
          await stop();
        }
      } finally {
        await rm(socketDir, { recursive: true, force: true });
      }
    });
  });
});
