import type { z } from 'zod';
import { bridgeContract, type BridgeChannel, type BridgeHandlers } from '@shared/ipc/bridgeContract';
import { summariseZodError } from '@shared/validation/summariseZodError';
import type { FrameLike } from '../security/isTrustedSender';

// The slices of Electron's ipcMain and its invoke event that registration needs.
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export type SenderCheck = (senderFrame: FrameLike | null) => boolean;

type UncheckedHandler = (payload: unknown) => Promise<unknown>;

// One ipcMain.handle per contract channel. Each call is refused unless the sender passes the
// check and the payload parses with that channel's schema; the handler only ever sees parsed
// data, and its result is parsed too, so nothing outside the contract reaches the renderer.
export function registerBridgeHandlers(ipcMain: IpcMainLike, handlers: BridgeHandlers, isTrusted: SenderCheck): void {
  for (const channel of Object.keys(bridgeContract) as BridgeChannel[]) {
    const contract: { payload: z.ZodType; result: z.ZodType } = bridgeContract[channel];
    // Sound: the payload reaching it was parsed by this same channel's schema just above.
    const handler = handlers[channel] as UncheckedHandler;

    ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrusted(event.senderFrame)) throw new Error(`Refused ${channel}: untrusted sender`);
      if (args.length > 1) throw new Error(`Refused ${channel}: expected at most one argument, got ${String(args.length)}`);
      const payload = contract.payload.safeParse(args[0]);
      if (!payload.success) throw new Error(`Refused ${channel}: invalid payload: ${summariseZodError(payload.error)}`);
      return contract.result.parse(await handler(payload.data));
    });
  }
}

