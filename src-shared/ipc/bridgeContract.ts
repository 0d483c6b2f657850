import { z } from 'zod';
import { backupNameSchema } from '../backup/backupNames';
import { workspaceHeaderSchema } from '../backup/workspaceFileFormat';
import { idSchema } from '../domain/common';
import { taskViews } from '../domain/tasks/taskView';
import { hubDeviceSchema, hubInviteSchema, hubPinPayloadSchema, hubStartPayloadSchema, hubStatusSchema, nearbyHubSchema } from '../hub/hubMessages';
import { hasControlCharacter } from '../security/hasControlCharacter';

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

// What a click on a notification opens: one task, or a task view (a summary of several).
export const notificationTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('task'), taskId: idSchema }),
  z.strictObject({ kind: z.literal('tasks'), view: z.enum(taskViews) }),
]);
export type NotificationTarget = z.infer<typeof notificationTargetSchema>;

export const notificationPayloadSchema = z.strictObject({
  title: z.string().min(1).max(200),
  body: z.string().max(1000).default(''),
  target: notificationTargetSchema.nullable().default(null),
});

// What pairing with a sync server leaves on the device. The token is a secret: Electron keeps
// it encrypted with the OS keychain (safeStorage), the browser in localStorage (less safe).
export const syncCredentialsSchema = z.strictObject({
  serverUrl: z.url({ protocol: /^https?$/ }).max(2048),
  token: z.string().min(20).max(1000),
  workspaceId: z.string().min(1).max(200),
  userId: z.string().min(1).max(200),
  deviceId: z.string().min(1).max(200),
  // A team hub's certificate, pinned at pairing (base64url SHA-256, or its first 16 bytes).
  certificateFingerprint: hubPinPayloadSchema.shape.fingerprint.optional(),
});
export type SyncCredentials = z.infer<typeof syncCredentialsSchema>;

// `secure`: whether the OS protects the stored token (false in a browser, or where Electron
// falls back to its built-in key, as on Linux without a keyring).
export const storedCredentialsSchema = z.object({ credentials: syncCredentialsSchema.nullable(), secure: z.boolean() });

// An export the user saves: Electron asks where with a native dialog, the browser downloads it.
// The name is only a suggestion for the dialog, so it may not carry a path.
export const exportFormats = { csv: 'text/csv', vcf: 'text/vcard' } as const;
export const saveFilePayloadSchema = z.strictObject({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((name) => !/[\\/]/.test(name) && !hasControlCharacter(name) && !name.startsWith('.'), { message: 'A file name without a path' }),
  format: z.enum(Object.keys(exportFormats) as [keyof typeof exportFormats]),
  // 256 MB: a generous ceiling for 100,000 contacts with every column.
  content: z.string().max(256 * 1024 * 1024),
});
export type SaveFilePayload = z.infer<typeof saveFilePayloadSchema>;

// Backups are workspace files (src-shared/backup) kept in the app's data folder (Electron) or
// the origin-private file system (browser). Names are checked, so none is a path.
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'Bytes (a Uint8Array)' });
const workspaceBytesSchema = bytesSchema.refine((bytes) => bytes.byteLength <= 2 * 1024 ** 3, { message: 'At most 2 GB' });
export const backupRetentionSchema = z.strictObject({ hourly: z.number().int().min(1).max(1000), daily: z.number().int().min(1).max(1000) });
export const backupEntrySchema = z.object({ name: backupNameSchema, bytes: z.number().int().nonnegative(), header: workspaceHeaderSchema.nullable() });
export type BackupEntry = z.infer<typeof backupEntrySchema>;
export const backupWritePayloadSchema = z.strictObject({ name: backupNameSchema, data: workspaceBytesSchema, retention: backupRetentionSchema });
export type BackupWritePayload = z.infer<typeof backupWritePayloadSchema>;
export const workspaceExportPayloadSchema = z.strictObject({ suggestedName: saveFilePayloadSchema.shape.suggestedName, data: workspaceBytesSchema });
export type WorkspaceExportPayload = z.infer<typeof workspaceExportPayloadSchema>;

// A file the user opens to import: Electron asks with a native dialog and main keeps the file
// open (a regular file of an asked-for type, at most the limit), answering with an unguessable
// handle the renderer reads it by, a range at a time, so the file never sits whole in memory
// (main or renderer); the browser keeps the Dropzone's input.
export const openFileFormats = { csv: ['csv', 'tsv', 'txt'], vcf: ['vcf', 'vcard'] } as const;
export const openFileLimitBytes = 256 * 1024 * 1024;
export const openFileReadLimitBytes = 4 * 1024 * 1024;
export const openFilePayloadSchema = z.strictObject({ formats: z.array(z.enum(Object.keys(openFileFormats) as [keyof typeof openFileFormats])).min(1).max(2) });
export type OpenFilePayload = z.infer<typeof openFilePayloadSchema>;
export const openedFileHandleSchema = z.uuid();
export const openFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('opened'), handle: openedFileHandleSchema, name: z.string().min(1).max(255), size: z.number().int().nonnegative().max(openFileLimitBytes) }),
  z.object({ status: z.literal('refused'), name: z.string().max(255), reason: z.string().max(500) }),
]);
export type OpenFileResult = z.infer<typeof openFileResultSchema>;
// At most `length` bytes from `start`: fewer only at the end of the file.
export const openedFileReadPayloadSchema = z.strictObject({ handle: openedFileHandleSchema, start: z.number().int().nonnegative().max(openFileLimitBytes), length: z.number().int().min(1).max(openFileReadLimitBytes) });
export type OpenedFileReadPayload = z.infer<typeof openedFileReadPayloadSchema>;
export const openedFileReadResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('read'), data: bytesSchema.refine((bytes) => bytes.byteLength <= openFileReadLimitBytes, { message: 'At most 4 MB' }) }),
  z.object({ status: z.literal('refused'), reason: z.string().max(500) }),
]);
export type OpenedFileReadResult = z.infer<typeof openedFileReadResultSchema>;

export const bridgeContract = {
  'app-get-info': { payload: z.undefined(), result: appInfoSchema },
  'shell-open-external': { payload: externalUrlPayloadSchema, result: z.object({ opened: z.boolean() }) },
  'notification-show': { payload: notificationPayloadSchema, result: z.object({ shown: z.boolean() }) },
  // Answers with the target of the next notification the user clicks (the window is focused by then).
  'notification-clicked': { payload: z.undefined(), result: z.object({ target: notificationTargetSchema }) },
  'sync-credentials-load': { payload: z.undefined(), result: storedCredentialsSchema },
  // null forgets the pairing.
  'sync-credentials-save': { payload: z.strictObject({ credentials: syncCredentialsSchema.nullable() }), result: storedCredentialsSchema },
  'file-save': { payload: saveFilePayloadSchema, result: z.object({ saved: z.boolean() }) },
  'backup-list': { payload: z.undefined(), result: z.object({ folder: z.string().nullable(), backups: z.array(backupEntrySchema) }) },
  // Written under a temporary name and renamed, then older backups beyond the retention deleted.
  'backup-write': { payload: backupWritePayloadSchema, result: z.object({ deleted: z.array(backupNameSchema) }) },
  'backup-read': { payload: z.strictObject({ name: backupNameSchema }), result: z.object({ data: bytesSchema }) },
  'workspace-export': { payload: workspaceExportPayloadSchema, result: z.object({ saved: z.boolean() }) },
  // Electron asks for another backups folder with the OS dialog; null when cancelled (or in a browser).
  'backup-folder-choose': { payload: z.undefined(), result: z.object({ folder: z.string().nullable() }) },
  'file-open': { payload: openFilePayloadSchema, result: openFileResultSchema },
  'file-read': { payload: openedFileReadPayloadSchema, result: openedFileReadResultSchema },
  // Lets go of an opened file once the import is done with it (main closes the rest with the window).
  'file-close': { payload: z.strictObject({ handle: openedFileHandleSchema }), result: z.object({ closed: z.boolean() }) },
  // Answers when the app is about to quit, so the renderer can back up; main waits for 'app-quit-ready'.
  'app-quit-requested': { payload: z.undefined(), result: z.object({ quitting: z.literal(true) }) },
  'app-quit-ready': { payload: z.undefined(), result: z.object({ quitting: z.boolean() }) },
  // The team hub (desktop app only): hosting the team's sync on this computer.
  'hub-start': { payload: hubStartPayloadSchema, result: hubStatusSchema },
  'hub-stop': { payload: z.undefined(), result: z.object({ stopped: z.literal(true) }) },
  'hub-status': { payload: z.undefined(), result: hubStatusSchema.extend({ keepInTray: z.boolean() }).nullable() },
  // Whether closing the window leaves Outpost hosting in the tray.
  'hub-keep-in-tray': { payload: z.strictObject({ enabled: z.boolean() }), result: z.object({ keepInTray: z.boolean() }) },
  // forHost: the host's own app pairing over loopback.
  'hub-invite': { payload: z.strictObject({ email: z.email().max(320), forHost: z.boolean() }), result: hubInviteSchema },
  'hub-devices': { payload: z.undefined(), result: z.array(hubDeviceSchema) },
  'hub-revoke': { payload: z.strictObject({ tokenId: z.string().min(1).max(200) }), result: z.object({ revoked: z.boolean() }) },
  // Trust this certificate for this host while pairing; false where the browser checks certificates.
  'hub-pin-certificate': { payload: hubPinPayloadSchema, result: z.object({ pinned: z.boolean() }) },
  'hub-find-nearby': { payload: z.undefined(), result: z.array(nearbyHubSchema) },
} as const;

export type BridgeChannel = keyof typeof bridgeContract;
export type BridgePayload<C extends BridgeChannel> = z.input<(typeof bridgeContract)[C]['payload']>;
export type BridgeResult<C extends BridgeChannel> = z.infer<(typeof bridgeContract)[C]['result']>;

export type BridgeHandlers = {
  [C in BridgeChannel]: (payload: z.infer<(typeof bridgeContract)[C]['payload']>) => Promise<BridgeResult<C>>;
};
