import { concatBytes, toHex } from './bytes';
import { derivePasswordKey, sha256Hex } from './passwordKey';
import { webPlatform, type ByteTransform } from './webPlatform';
import { pbkdf2Iterations, workspaceFormatVersion, workspaceMagic, type WorkspaceHeader } from './workspaceFileFormat';

// One table of the workspace, read chunk by chunk so no table is ever one giant string.
export type WorkspaceTableSource = { name: string; chunks: () => AsyncIterable<unknown[]> };

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

async function compressTables(tables: readonly WorkspaceTableSource[]): Promise<{ compressed: Uint8Array; counts: Record<string, number> }> {
  const gzip = new webPlatform.CompressionStream('gzip');
  const output = drain(gzip);
  const writer = gzip.writable.getWriter();
  const encoder = new webPlatform.TextEncoder();
  const counts: Record<string, number> = {};
  try {
    for (const table of tables) {
      let count = 0;
      for await (const rows of table.chunks()) {
        if (rows.length === 0) continue;
        count += rows.length;
        await writer.write(encoder.encode(`${JSON.stringify({ table: table.name, rows })}\n`));
      }
      counts[table.name] = count;
    }
    await writer.close();
  } catch (error) {
    await writer.abort(error);
    await output.catch(() => undefined);
    throw error;
  }
  return { compressed: concatBytes(await output), counts };
}

async function encrypt(plain: Uint8Array, password: string) {
  const salt = webPlatform.crypto.getRandomValues(new Uint8Array(16));
  const iv = webPlatform.crypto.getRandomValues(new Uint8Array(12));
  const key = await derivePasswordKey(password, salt);
  const sealed = new Uint8Array(await webPlatform.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  const encryption = { cipher: 'AES-GCM-256', keyDerivation: 'PBKDF2-SHA-256', iterations: pbkdf2Iterations, salt: toHex(salt), iv: toHex(iv) } as const;
  return { sealed, encryption };
}

// Counts in the header are the rows actually written, so they always match the payload.
export async function writeWorkspaceFile(source: WorkspaceSource, options: WriteWorkspaceOptions = {}): Promise<WorkspaceFile> {
  const { compressed, counts } = await compressTables(source.tables);
  const { sealed, encryption } = options.password ? await encrypt(compressed, options.password) : { sealed: compressed, encryption: null };
  const header: WorkspaceHeader = {
    formatVersion: workspaceFormatVersion,
    schemaVersion: source.schemaVersion,
    appVersion: source.appVersion,
    createdAt: source.createdAt,
    tables: counts,
    payload: { bytes: sealed.byteLength, sha256: await sha256Hex(sealed) },
    encryption,
  };
  const encoder = new webPlatform.TextEncoder();
  const headerBytes = encoder.encode(JSON.stringify(header));
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, headerBytes.byteLength);
  return { header, bytes: concatBytes([encoder.encode(workspaceMagic), length, headerBytes, sealed]) };
}
