import { parseArgs } from 'node:util';
import type { SyncStoreOptions } from '../store/SyncStore';

export type ServerCommand =
  | { name: 'start'; storage: SyncStoreOptions; host: string; port: number }
  | { name: 'init'; storage: SyncStoreOptions; workspaceName: string; adminEmail: string }
  | { name: 'invite'; storage: SyncStoreOptions; email: string; workspace?: string }
  | { name: 'tokens'; storage: SyncStoreOptions; workspace?: string }
  | { name: 'revoke'; storage: SyncStoreOptions; tokenId: string }
  | { name: 'site-key'; storage: SyncStoreOptions; workspace?: string }
  | { name: 'compact'; storage: SyncStoreOptions; workspace?: string; throughSeq?: number; olderThanDays?: number }
  | { name: 'import-hub'; storage: SyncStoreOptions; hubDataDir: string }
  | { name: 'help' };

// A mistake on the command line; printed with the usage text.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const defaultDataDir = './outpost-server-data';
export const defaultPort = 8787;
export const defaultHost = '127.0.0.1';

export const usage = `Usage: npm run server -- [command] [options]

Commands:
  (none)                                      start the sync server
  init --workspace <name> --admin <email>     create a workspace and its admin; prints the admin's pairing code
  invite <email> [--workspace <id|name>]      print a one-time pairing code for a user (created if new)
  tokens [--workspace <id|name>]              list device tokens
  revoke <token id>                           revoke a device token
  site-key [--workspace <id|name>]            print the website tracking snippet with the workspace's site key
  compact (--through-seq <n> | --older-than-days <n>) [--workspace <id|name>]
                                              drop old change-log rows (devices behind get a snapshot)
  import-hub <hub folder>                     move a team hub's data (its folder, hub stopped) into this
                                              empty server; devices keep their tokens and cursors

Options (and environment variables):
  --data-dir <path>   DATA_DIR      PGlite data folder (default ${defaultDataDir})
                      DATABASE_URL  use this PostgreSQL instead of PGlite
  --port <n>          PORT          port to listen on (default ${defaultPort})
  --host <address>    HOST          address to bind (default ${defaultHost})`;

export function parseServerCommand(argv: readonly string[], env: NodeJS.ProcessEnv): ServerCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        workspace: { type: 'string' },
        admin: { type: 'string' },
        'through-seq': { type: 'string' },
        'older-than-days': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [name = 'start', ...rest] = positionals;
  if (values.help || name === 'help') return { name: 'help' };
  const storage = storageFrom(values['data-dir'], env);
  const workspace = values.workspace;

  switch (name) {
    case 'start':
      expectArguments(name, rest, 0);
      return {
        name,
        storage,
        host: values.host ?? env.HOST ?? defaultHost,
        port: parsePort(values.port ?? env.PORT),
      };
    case 'init':
      expectArguments(name, rest, 0);
      if (!workspace || !values.admin) throw new UsageError('init needs --workspace <name> and --admin <email>.');
      return { name, storage, workspaceName: workspace, adminEmail: values.admin };
    case 'invite':
      expectArguments(name, rest, 1, '<email>');
      return { name, storage, email: rest[0]!, workspace };
    case 'tokens':
    case 'site-key':
      expectArguments(name, rest, 0);
      return { name, storage, workspace };
    case 'revoke':
      expectArguments(name, rest, 1, '<token id>');
      return { name, storage, tokenId: rest[0]! };
    case 'compact': {
      expectArguments(name, rest, 0);
      const throughSeq = optionalCount('--through-seq', values['through-seq']);
      const olderThanDays = optionalCount('--older-than-days', values['older-than-days']);
      if ((throughSeq === undefined) === (olderThanDays === undefined)) throw new UsageError('compact needs exactly one of --through-seq <n> and --older-than-days <n>.');
      return { name, storage, workspace, throughSeq, olderThanDays };
    }
    case 'import-hub':
      expectArguments(name, rest, 1, '<hub folder>');
      return { name, storage, hubDataDir: rest[0]! };
    default:
      throw new UsageError(`Unknown command "${name}".`);
  }
}

function storageFrom(dataDirOption: string | undefined, env: NodeJS.ProcessEnv): SyncStoreOptions {
  if (env.DATABASE_URL) {
    if (dataDirOption) throw new UsageError('Use either DATABASE_URL (PostgreSQL) or --data-dir (PGlite), not both.');
    return { kind: 'postgres', url: env.DATABASE_URL };
  }
  return { kind: 'pglite', dataDir: dataDirOption ?? env.DATA_DIR ?? defaultDataDir };
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return defaultPort;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) throw new UsageError(`The port must be a number from 1 to 65535, not "${text}".`);
  return port;
}

function optionalCount(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`${option} must be a whole number, not "${text}".`);
  return Number(text);
}

function expectArguments(command: string, rest: readonly string[], count: number, what = ''): void {
  if (rest.length === count) return;
  throw new UsageError(count === 0 ? `${command} takes no argument, got "${rest.join(' ')}".` : `${command} needs ${what}.`);
}
