import { z } from 'zod';

// The one contract between renderer and main: every channel's payload and result schema.
// Main parses each payload with it; the preload and the browser bridge are typed from it,
// so a channel name or payload shape cannot drift between the processes.

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  runtime: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const externalUrlPayloadSchema = z.strictObject({
  url: z.string().min(1).max(2048),
});

export const notificationPayloadSchema = z.strictObject({
  title: z.string().min(1).max(200),
  body: z.string().max(1000).default(''),
});

export const bridgeContract = {
  'app-get-info': { payload: z.undefined(), result: appInfoSchema },
  'shell-open-external': { payload: externalUrlPayloadSchema, result: z.object({ opened: z.boolean() }) },
  'notification-show': { payload: notificationPayloadSchema, result: z.object({ shown: z.boolean() }) },
} as const;

export type BridgeChannel = keyof typeof bridgeContract;
export type BridgePayload<C extends BridgeChannel> = z.input<(typeof bridgeContract)[C]['payload']>;
export type BridgeResult<C extends BridgeChannel> = z.infer<(typeof bridgeContract)[C]['result']>;

export type BridgeHandlers = {
  [C in BridgeChannel]: (payload: z.infer<(typeof bridgeContract)[C]['payload']>) => Promise<BridgeResult<C>>;
};
