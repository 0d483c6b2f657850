import { concatBytes, fromHex, toHex } from './bytes';
import { derivePasswordKey, sha256Hex } from './passwordKey';
import { webPlatform, type ByteTransform } from './webPlatform';
import { pbkdf2Iterations, unsummedChecksum, workspaceFormatVersion, workspaceMagic, type WorkspaceHeader } from './workspaceFileFormat';

// One table of the workspace, read chunk by chunk so no table is ever one giant string.
// `countObjects` says how many things a user would count in a chunk (the header's `objects`).
export type WorkspaceTableSource = { name: string; chunks: () => AsyncIterable<unknown[]>; countObjects?: (rows: readonly unknown[]) => number };

export type WorkspaceSource = {
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  tables: readonly WorkspaceTableSource[];
};

export type WriteWorkspaceOptions = { password?: string | null };

export type WorkspaceFile = { header: WorkspaceHeader; bytes: Uint8Array };

// Everything a transform emits, read alongside the writes so its backpressure never stalls them.
async function drain(transform: ByteTransform): Promise<Uint8Array[]> {
  const reader = transform.readable.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    if (value) parts.push(value);
  }
}

type CompressedTables = { compressed: Uint8Array; counts: Record<string, number>; objects: Record<string, number> };

async function compressTables(tables: readonly WorkspaceTableSource[]): Promise<CompressedTables> {
  const gzip = new webPlatform.CompressionStream('gzip');
  const output = drain(gzip);
  const writer = gzip.writable.getWriter();
  const encoder = new webPlatform.TextEncoder();
  const counts: Record<string, number> = {};
  const objects: Record<string, number> = {};
  try {
    for (const table of tables) {
      let count = 0;
      let objectCount = 0;
      for await (const rows of table.chunks()) {
        if (rows.length === 0) continue;
        count += rows.length;
        objectCount += table.countObjects?.(rows) ?? 0;
        await writer.write(encoder.encode(`${JSON.stringify({ table: table.name, rows })}\n`));
      }
      counts[table.name] = count;
      if (table.countObjects) objects[table.name] = objectCount;
    }
    await writer.close();
  } catch (error) {
    await writer.abort(error);
    await output.catch(() => undefined);
    throw error;
  }
  return { compressed: concatBytes(await output), counts, objects };
}

// AES-GCM appends a 16-byte tag, so the sealed length is known before sealing.
const gcmTagBytes = 16;

function newEncryption() {
  const salt = webPlatform.crypto.getRandomValues(new Uint8Array(16));
  const iv = webPlatform.crypto.getRandomValues(new Uint8Array(12));
  return { cipher: 'AES-GCM-256', keyDerivation: 'PBKDF2-SHA-256', iterations: pbkdf2Iterations, salt: toHex(salt), iv: toHex(iv) } as const;
}

async function seal(plain: Uint8Array, password: string, encryption: ReturnType<typeof newEncryption>, additionalData: Uint8Array): Promise<Uint8Array> {
  const key = await derivePasswordKey(password, fromHex(encryption.salt));
  return new Uint8Array(await webPlatform.crypto.subtle.encrypt({ name: 'AES-GCM', iv: fromHex(encryption.iv), additionalData }, key, plain));
}

// Counts in the header are the rows actually written, so they always match the payload. The
// header is written with both checksums as zeros (what AES-GCM binds), then they are filled
// in place: the payload's first, then the header's own over the result.
export async function writeWorkspaceFile(source: WorkspaceSource, options: WriteWorkspaceOptions = {}): Promise<WorkspaceFile> {
  const { compressed, counts, objects } = await compressTables(source.tables);
  const encryption = options.password ? newEncryption() : null;
  const unsummed: WorkspaceHeader = {
    formatVersion: workspaceFormatVersion,
    schemaVersion: source.schemaVersion,
    appVersion: source.appVersion,
    createdAt: source.createdAt,
    tables: counts,
    objects,
    encryption,
    payload: { bytes: compressed.byteLength + (encryption ? gcmTagBytes : 0), sha256: unsummedChecksum },
    headerSha256: unsummedChecksum,
  };
  const encoder = new webPlatform.TextEncoder();
  const unsummedText = JSON.stringify(unsummed);
  const sealed = options.password && encryption ? await seal(compressed, options.password, encryption, encoder.encode(unsummedText)) : compressed;
  const payloadSha256 = await sha256Hex(sealed);
  const payloadSummed = unsummedText.replace(`"sha256":"${unsummedChecksum}"`, `"sha256":"${payloadSha256}"`);
  const headerSha256 = await sha256Hex(encoder.encode(payloadSummed));
  const headerBytes = encoder.encode(payloadSummed.replace(`"headerSha256":"${unsummedChecksum}"`, `"headerSha256":"${headerSha256}"`));
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, headerBytes.byteLength);
  const header: WorkspaceHeader = { ...unsummed, payload: { bytes: sealed.byteLength, sha256: payloadSha256 }, headerSha256 };
  return { header, bytes: concatBytes([encoder.encode(workspaceMagic), length, headerBytes, sealed]) };
}
