import type { ServerResponse } from 'node:http';
import { pokeEventName } from '@shared/sync/syncProtocol';

export type PublishPoke = (workspaceId: string, seq: number) => void;

// The devices listening on GET /v1/sync/events, by workspace. A poke only says "there is more
// up to seq N": the device then pulls, so a lost poke costs nothing but a timer's delay.
// A poke made here reaches this process's devices and is handed to `relayTo`'s publisher, which
// passes it to other server processes on the same database (see pokeRelay).
export class PokeHub {
  private readonly listeners = new Map<string, Set<ServerResponse>>();
  private publish: PublishPoke = () => {};

  add(workspaceId: string, stream: ServerResponse): void {
    let streams = this.listeners.get(workspaceId);
    if (!streams) this.listeners.set(workspaceId, (streams = new Set()));
    streams.add(stream);
    stream.on('close', () => {
      streams.delete(stream);
      if (streams.size === 0 && this.listeners.get(workspaceId) === streams) this.listeners.delete(workspaceId);
    });
  }

  relayTo(publish: PublishPoke): void {
    this.publish = publish;
  }

  poke(workspaceId: string, seq: number): void {
    this.deliver(workspaceId, seq);
    this.publish(workspaceId, seq);
  }

  // To this process's devices only: for pokes relayed from another process.
  deliver(workspaceId: string, seq: number): void {
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
