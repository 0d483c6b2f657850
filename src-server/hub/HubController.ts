import { hubRequestSchema, type HubResponse, type HubStatus } from '@shared/hub/hubMessages';
import { announceHub } from './hubAnnouncement';
import { RunningHub } from './startHub';

// Answers the main process's requests; one hub per process. Every request is parsed first: the
// utilityProcess trusts its parent, but a bad message should fail loudly, not half-run.
export class HubController {
  private hub: RunningHub | null = null;
  private stopAnnouncing: (() => Promise<void>) | null = null;

  async handle(message: unknown): Promise<HubResponse> {
    const parsed = hubRequestSchema.safeParse(message);
    const id = typeof (message as { id?: unknown } | null)?.id === 'number' ? (message as { id: number }).id : -1;
    if (!parsed.success) return { id, ok: false, error: `The hub got a malformed request: ${parsed.error.issues[0]?.message ?? 'unknown'}` };
    try {
      return { id, ok: true, result: await this.run(parsed.data) };
    } catch (error) {
      return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private async run(request: ReturnType<typeof hubRequestSchema.parse>): Promise<unknown> {
    if (request.type === 'start') {
      if (this.hub) return this.status(this.hub);
      this.hub = await RunningHub.start({ ...request.options, logger: { level: 'warn' } });
      if (request.options.announce) this.stopAnnouncing = announceHub({ name: `Outpost hub (${request.options.workspaceName})`, port: this.hub.port });
      return this.status(this.hub);
    }
    if (request.type === 'stop') {
      await this.stopAnnouncing?.();
      await this.hub?.stop();
      this.hub = null;
      this.stopAnnouncing = null;
      return null;
    }
    const hub = this.hub;
    if (!hub) throw new Error('The hub is not running.');
    switch (request.type) {
      case 'invite':
        return hub.inviteTeammate(request.email);
      case 'invite-host':
        return hub.invitePairingForHost(request.email);
      case 'devices':
        return hub.devices();
      case 'revoke':
        return hub.revokeDevice(request.tokenId);
    }
  }

  private status(hub: RunningHub): HubStatus {
    return { port: hub.port, addresses: hub.addresses, fingerprint: hub.fingerprint, workspaceId: hub.workspaceId };
  }
}
