import { z } from 'zod';

// The contract between the app's main process and the hub it runs in a utilityProcess (or a Node
// child process in tests): requests carry an id, each answer repeats it.

export const hubStartOptionsSchema = z.strictObject({
  dataDir: z.string().min(1).max(4096),
  port: z.number().int().min(0).max(65535),
  workspaceName: z.string().trim().min(1).max(200),
  hostEmail: z.email().max(320),
  // Announce on the local network with mDNS/DNS-SD; tests turn it off.
  announce: z.boolean(),
  // Tests pin the addresses put in codes; the app uses the machine's own.
  addresses: z.array(z.string().min(1).max(100)).max(20).optional(),
});
export type HubStartOptions = z.infer<typeof hubStartOptionsSchema>;

export const hubRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ id: z.number().int(), type: z.literal('start'), options: hubStartOptionsSchema }),
  z.strictObject({ id: z.number().int(), type: z.literal('invite'), email: z.email().max(320) }),
  z.strictObject({ id: z.number().int(), type: z.literal('invite-host'), email: z.email().max(320) }),
  z.strictObject({ id: z.number().int(), type: z.literal('devices') }),
  z.strictObject({ id: z.number().int(), type: z.literal('revoke'), tokenId: z.string().min(1).max(200) }),
  z.strictObject({ id: z.number().int(), type: z.literal('stop') }),
]);
export type HubRequest = z.infer<typeof hubRequestSchema>;

export const hubStatusSchema = z.strictObject({
  port: z.number().int(),
  addresses: z.array(z.string()),
  fingerprint: z.string(),
  workspaceId: z.string(),
});
export type HubStatus = z.infer<typeof hubStatusSchema>;

export const hubInviteSchema = z.strictObject({ typedCode: z.string(), qrPayload: z.string(), expiresAt: z.string() });
export type HubInvite = z.infer<typeof hubInviteSchema>;

export const hubDeviceSchema = z.strictObject({
  tokenId: z.string(),
  deviceId: z.string(),
  deviceName: z.string(),
  email: z.string(),
  pairedAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revoked: z.boolean(),
});
export type HubDevice = z.infer<typeof hubDeviceSchema>;

// What Settings > Sync asks of the desktop app; main adds the data folder and announces.
export const hubStartPayloadSchema = z.strictObject({
  workspaceName: hubStartOptionsSchema.shape.workspaceName,
  hostEmail: hubStartOptionsSchema.shape.hostEmail,
  port: z.number().int().min(1024).max(65535),
});
export type HubStartPayload = z.infer<typeof hubStartPayloadSchema>;

// A certificate to trust for one host while pairing, before credentials hold it.
export const hubPinPayloadSchema = z.strictObject({
  hostname: z.string().min(1).max(253).regex(/^[0-9A-Za-z.:-]+$/, 'An IP address or host name'),
  fingerprint: z.string().min(22).max(43).regex(/^[A-Za-z0-9_-]+$/, 'A base64url fingerprint'),
});

// What a nearby hub says of itself. Finding one is only a convenience: pairing still needs the
// code, and the connection is pinned to the fingerprint in the code, not to anything announced.
export const nearbyHubSchema = z.strictObject({
  name: z.string(),
  host: z.string(),
  addresses: z.array(z.string()),
  port: z.number().int(),
});
export type NearbyHub = z.infer<typeof nearbyHubSchema>;

export const hubResponseSchema = z.union([
  z.strictObject({ id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.strictObject({ id: z.number().int(), ok: z.literal(false), error: z.string() }),
]);
export type HubResponse = z.infer<typeof hubResponseSchema>;
