import { fromHex } from './bytes';
import { derivePasswordKey, sha256Hex } from './passwordKey';
import { webPlatform, yieldToEventLoop } from './webPlatform';
import {
  workspaceChunkSchema,
  WorkspaceFileError,
  workspaceFormatVersion,
  workspaceHeaderSchema,
  workspaceMagic,
  unsummedChecksum,
  type WorkspaceChunk,
  type WorkspaceHeader,
} from './workspaceFileFormat';

const damaged = (detail: string) => new WorkspaceFileError('damaged', `This file is damaged (${detail}); nothing was restored from it.`);

// Decompressed input is fed in slices of this size, so a large file never waits on one call.
const sliceBytes = 1 << 20;
// Work between two breaks for the event loop, so the UI keeps answering while a file is read.
const sliceMs = 8;

type SplitFile = { header: WorkspaceHeader; headerText: string; payload: Uint8Array };

function splitFile(bytes: Uint8Array): SplitFile {
  const magic = new webPlatform.TextEncoder().encode(workspaceMagic);
  if (bytes.byteLength < magic.byteLength + 4 || magic.some((byte, index) => bytes[index] !== byte)) {
    throw new WorkspaceFileError('not-a-workspace', 'This is not an Outpost workspace file or backup.');
  }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset + magic.byteLength, 4).getUint32(0);
  const headerStart = magic.byteLength + 4;
  if (headerStart + headerLength > bytes.byteLength) throw damaged('it ends inside its header');
  let headerText: string;
  let parsed: unknown;
  try {
    headerText = new webPlatform.TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(headerStart, headerStart + headerLength));
    parsed = JSON.parse(headerText);
  } catch {
    throw damaged('its header cannot be read');
  }
  const version = (parsed as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > workspaceFormatVersion) {
    throw new WorkspaceFileError('newer-version', 'This file was written by a newer version of Outpost. Update Outpost to open it.');
  }
  const header = workspaceHeaderSchema.safeParse(parsed);
  if (!header.success) throw damaged('its header is not valid');
  return { header: header.data, headerText, payload: bytes.subarray(headerStart + headerLength) };
}

// The header text as it was before a checksum was filled in (see workspaceFileFormat).
function unsummed(headerText: string, key: 'headerSha256' | 'sha256', sha256: string): string {
  return headerText.replace(`"${key}":"${sha256}"`, `"${key}":"${unsummedChecksum}"`);
}

// Format 2 on: the header's own checksum, which covers every field (the payload's checksum too).
async function checkHeaderSum({ header, headerText }: SplitFile): Promise<void> {
  if (header.formatVersion < 2) return;
  const edited = damaged('its header was changed after it was written');
  if (!header.headerSha256) throw edited;
  const text = unsummed(headerText, 'headerSha256', header.headerSha256);
  if (text === headerText || (await sha256Hex(new webPlatform.TextEncoder().encode(text))) !== header.headerSha256) throw edited;
}

// What AES-GCM was given as additional data when the file was sealed (none before format 2).
function sealedWith({ header, headerText }: SplitFile): Uint8Array | undefined {
  if (header.formatVersion < 2 || !header.headerSha256) return undefined;
  return new webPlatform.TextEncoder().encode(unsummed(unsummed(headerText, 'headerSha256', header.headerSha256), 'sha256', header.payload.sha256));
}

// What a file's header says, from its first bytes (a header is a few KB): for listing backups.
// Not checked against its checksum (that needs the whole header read asynchronously).
export function peekWorkspaceHeader(bytes: Uint8Array): WorkspaceHeader {
  return splitFile(bytes).header;
}

// What a file says it holds, without the password: a header edited since it was written, or a
// file this version cannot restore, is refused.
export async function readWorkspaceHeader(bytes: Uint8Array, currentSchemaVersion: number): Promise<WorkspaceHeader> {
  const split = splitFile(bytes);
  await checkHeaderSum(split);
  return refuseNewerSchema(split.header, currentSchemaVersion);
}

function refuseNewerSchema(header: WorkspaceHeader, currentSchemaVersion: number): WorkspaceHeader {
  if (header.schemaVersion > currentSchemaVersion) {
    throw new WorkspaceFileError('newer-version', `This file holds a newer database (schema ${header.schemaVersion}; this Outpost has ${currentSchemaVersion}). Update Outpost to open it.`);
  }
  return header;
}

async function checkedPayload(bytes: Uint8Array, currentSchemaVersion: number): Promise<SplitFile> {
  const split = splitFile(bytes);
  const { header, payload } = split;
  await checkHeaderSum(split);
  refuseNewerSchema(header, currentSchemaVersion);
  if (payload.byteLength !== header.payload.bytes) throw damaged(payload.byteLength < header.payload.bytes ? 'it is cut short' : 'it has extra bytes');
  if ((await sha256Hex(payload)) !== header.payload.sha256) throw damaged('its checksum does not match');
  return split;
}

async function decrypt(split: SplitFile, password: string | null | undefined): Promise<Uint8Array> {
  const { header, payload } = split;
  const { encryption } = header;
  if (!encryption) return payload;
  if (!password) throw new WorkspaceFileError('password-required', 'This file is protected by a password. Enter it to open the file.');
  const key = await derivePasswordKey(password, fromHex(encryption.salt), encryption.iterations);
  try {
    return new Uint8Array(await webPlatform.crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromHex(encryption.iv), additionalData: sealedWith(split) }, key, payload));
  } catch {
    // The checksums matched, so the bytes are as written: the key is what differs (or the
    // header was edited and its checksums recomputed by hand, which AES-GCM also refuses).
    throw new WorkspaceFileError('wrong-password', 'The password is not the one this file was protected with.');
  }
}

async function* decompressLines(compressed: Uint8Array): AsyncGenerator<string> {
  const gunzip = new webPlatform.DecompressionStream('gzip');
  const writer = gunzip.writable.getWriter();
  const feeding = (async () => {
    for (let offset = 0; offset < compressed.byteLength; offset += sliceBytes) await writer.write(compressed.subarray(offset, offset + sliceBytes));
    await writer.close();
  })();
  // Surfaced by the reader below; kept from being reported as unhandled meanwhile.
  feeding.catch(() => undefined);
  const reader = gunzip.readable.getReader();
  const decoder = new webPlatform.TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let sliceStarted = Date.now();
  try {
    for (;;) {
      if (Date.now() - sliceStarted > sliceMs) {
        await yieldToEventLoop();
        sliceStarted = Date.now();
      }
      const { done, value } = await reader.read();
      if (done) break;
      // Only the new text is searched for line ends: a long line arrives in many pieces.
      const piece = decoder.decode(value, { stream: true });
      let start = 0;
      for (let end = piece.indexOf('\n'); end !== -1; end = piece.indexOf('\n', start)) {
        yield pending + piece.slice(start, end);
        pending = '';
        start = end + 1;
      }
      pending += piece.slice(start);
    }
    pending += decoder.decode();
    await feeding;
  } catch (error) {
    if (error instanceof WorkspaceFileError) throw error;
    throw damaged('its compressed data cannot be read');
  } finally {
    reader.releaseLock();
  }
  if (pending !== '') throw damaged('it ends inside a row');
}

export type OpenWorkspaceOptions = { password?: string | null; currentSchemaVersion: number };

export type OpenedWorkspace = {
  header: WorkspaceHeader;
  // Each call reads the payload again from the start; rows are checked against the header's counts.
  chunks: () => AsyncGenerator<WorkspaceChunk>;
};

// Checks the file (format, schema, checksum, password) before handing out any row.
export async function openWorkspaceFile(bytes: Uint8Array, options: OpenWorkspaceOptions): Promise<OpenedWorkspace> {
  const split = await checkedPayload(bytes, options.currentSchemaVersion);
  const { header } = split;
  const compressed = await decrypt(split, options.password);
  async function* chunks(): AsyncGenerator<WorkspaceChunk> {
    const seen: Record<string, number> = {};
    for await (const line of decompressLines(compressed)) {
      let chunk: WorkspaceChunk;
      try {
        chunk = workspaceChunkSchema.parse(JSON.parse(line));
      } catch {
        throw damaged('a row cannot be read');
      }
      if (!(chunk.table in header.tables)) throw damaged(`it holds rows of an undeclared table "${chunk.table}"`);
      seen[chunk.table] = (seen[chunk.table] ?? 0) + chunk.rows.length;
      yield chunk;
    }
    for (const [table, count] of Object.entries(header.tables)) {
      if ((seen[table] ?? 0) !== count) throw damaged(`${table} holds ${seen[table] ?? 0} rows of ${count}`);
    }
  }
  return { header, chunks };
}

// Reads every row once, for a preview that can promise the restore will not fail half-way.
export async function verifyWorkspaceFile(bytes: Uint8Array, options: OpenWorkspaceOptions): Promise<WorkspaceHeader> {
  const opened = await openWorkspaceFile(bytes, options);
  const chunks = opened.chunks();
  while (!(await chunks.next()).done);
  return opened.header;
}
