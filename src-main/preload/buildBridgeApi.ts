import { bridgeMethods, type OutpostBridge } from '@shared/ipc/bridgeMethods';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

// window.outpost: one function per named bridge method, each invoking only its own channel
// with at most one argument. No generic invoke, so the page cannot reach other channels.
export function buildBridgeApi(invoke: Invoke): OutpostBridge {
  const api = Object.fromEntries(
    Object.entries(bridgeMethods).map(([name, channel]) => [
      name,
      (payload?: unknown) => (payload === undefined ? invoke(channel) : invoke(channel, payload)),
    ]),
  );
  // Sound: one entry per key of bridgeMethods, each forwarding to the channel the type names.
  return Object.freeze(api) as OutpostBridge;
}
