import { compactChangeLog } from '../admin/compactChangeLog';
import { copyServerData } from '../admin/copyServerData';
import { createInvite } from '../admin/createInvite';
import { createWorkspace } from '../admin/createWorkspace';
import { findWorkspace } from '../admin/findWorkspace';
import { listTokens } from '../admin/listTokens';
import { revokeToken } from '../admin/revokeToken';
import { siteKeyFor } from '../admin/siteKey';
import { hubDatabaseDir } from '../hub/startHub';
import { openSyncStore } from '../store/openSyncStore';
import type { SyncStore } from '../store/SyncStore';
import type { ServerCommand } from './parseServerCommand';

export type AdminCommand = Exclude<ServerCommand, { name: 'start' | 'help' }>;

// Runs one admin command against the store and returns what to print.
export async function runAdminCommand(store: SyncStore, command: AdminCommand): Promise<string> {
  switch (command.name) {
    case 'init': {
      const created = await createWorkspace(store, { name: command.workspaceName, adminEmail: command.adminEmail });
      const invite = await createInvite(store, { workspaceId: created.workspaceId, email: command.adminEmail });
      return [
        `Created workspace "${command.workspaceName}" (${created.workspaceId}) with admin ${command.adminEmail}.`,
        pairingCodeLines(invite.code, invite.expiresAt),
      ].join('\n');
    }
    case 'invite': {
      const workspace = await findWorkspace(store, command.workspace);
      const invite = await createInvite(store, { workspaceId: workspace.id, email: command.email });
      return [`Invited ${command.email} to "${workspace.name}".`, pairingCodeLines(invite.code, invite.expiresAt)].join('\n');
    }
    case 'tokens': {
      const workspace = command.workspace ? await findWorkspace(store, command.workspace) : undefined;
      const tokens = await listTokens(store, { workspaceId: workspace?.id });
      if (tokens.length === 0) return 'No device tokens yet.';
      return tokens
        .map((token) => `${token.id}  ${token.revokedAt ? 'revoked' : 'active '}  ${token.email}  "${token.deviceName}"  since ${token.createdAt.toISOString()}  last seen ${token.lastSeenAt?.toISOString() ?? 'never'}`)
        .join('\n');
    }
    case 'revoke':
      return (await revokeToken(store, command.tokenId))
        ? `Revoked token ${command.tokenId}; its device gets 401 from now on.`
        : `No active token ${command.tokenId} (see \`npm run server -- tokens\`).`;
    case 'site-key': {
      const workspace = await findWorkspace(store, command.workspace);
      const key = await siteKeyFor(store, workspace.id);
      return [
        `Site key of "${workspace.name}": ${key} (public: it can only record visitor events).`,
        'Put this in the pages to track, with your server\'s address:',
        `<script async src="https://your-server.example/t.js" data-site-key="${key}"></script>`,
      ].join('\n');
    }
    case 'compact': {
      const workspace = await findWorkspace(store, command.workspace);
      const limit =
        command.throughSeq !== undefined
          ? { throughSeq: command.throughSeq }
          : { olderThan: new Date(Date.now() - (command.olderThanDays ?? 0) * 24 * 60 * 60 * 1000) };
      const result = await compactChangeLog(store, workspace.id, limit);
      return `Dropped ${result.deleted} change-log rows of "${workspace.name}"; the log now starts after seq ${result.compactedThrough}.`;
    }
    case 'import-hub': {
      const hub = await openSyncStore({ kind: 'pglite', dataDir: hubDatabaseDir(command.hubDataDir) });
      try {
        const counts = await copyServerData(hub, store);
        return [
          `Moved the hub's data in: ${counts.workspaces} workspace, ${counts.devices} devices, ${counts.changes} changes, ${counts.field_values} field values.`,
          'On each device, Settings > Sync > "Change address…" points it at this server; its token and sync position carry over.',
        ].join('\n');
      } finally {
        await hub.close();
      }
    }
  }
}

function pairingCodeLines(code: string, expiresAt: Date): string {
  return `Pairing code (one use, until ${expiresAt.toISOString()}): ${code}\nEnter it with the server's URL in Outpost under Settings > Sync.`;
}
