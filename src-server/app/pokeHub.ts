import type { ServerResponse } from 'node:http';
import { pokeEventName } from '@shared/sync/syncProtocol';

// The devices listening on GET /v1/sync/events, by workspace. A poke only says "there is more
// up to seq N": the device then pulls, so a lost poke costs nothing but a timer's delay.
// Pokes reach the devices connected to this server process only.
export class PokeHub {
  private readonly listeners = new Map<string, Set<ServerResponse>>();

  add(workspaceId: string, stream: ServerResponse): void {
    let streams = this.listeners.get(workspaceId);
    if (!streams) this.listeners.set(workspaceId, (streams = new Set()));
    streams.add(stream);
    stream.on('close', () => {
      streams.delete(stream);
      if (streams.size === 0 && this.listeners.get(workspaceId) === streams) this.listeners.delete(workspaceId);
    });
  }

  poke(workspaceId: string, seq: number): void {
    for (const stream of this.listeners.get(workspaceId) ?? []) sendPoke(stream, seq);
  }

  // Keeps proxies from closing quiet streams.
  heartbeat(): void {
    for (const streams of this.listeners.values()) for (const stream of streams) stream.write(': heartbeat\n\n');
  }

  closeAll(): void {
    for (const streams of this.listeners.values()) for (const stream of streams) stream.end();
    this.listeners.clear();
  }
}

export function sendPoke(stream: ServerResponse, seq: number): void {
  stream.write(`event: ${pokeEventName}\ndata: ${JSON.stringify({ seq })}\n\n`);
}
