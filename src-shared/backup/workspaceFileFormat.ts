import { z } from 'zod';

// A workspace file: the magic line, the header's length (4 bytes, big-endian), the header as
// UTF-8 JSON, then the payload. The payload is gzip of one JSON line per chunk of rows
// (`{"table":..., "rows":[...]}`), encrypted with AES-GCM when a password was given. The header
// stays readable without the password, so a file can be previewed before it is opened.
// Format 2 binds the header: `headerSha256` is the SHA-256 of the header as written with that
// value as 64 zeros, and the header holds the payload's SHA-256, so one edited byte anywhere is
// caught. An encrypted file also gives AES-GCM the header with both checksums as zeros as
// additional data, so a header edited and re-summed by hand does not open either. Format 1
// files (no header checksum) are still read.
export const workspaceMagic = 'OUTPOST-WORKSPACE\n';
export const workspaceFormatVersion = 2;
export const unsummedChecksum = '0'.repeat(64);
export const workspaceFileExtension = 'outpost';
// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
export const pbkdf2Iterations = 600_000;

const hexSchema = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const workspaceHeaderSchema = z.object({
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(100),
  createdAt: z.iso.datetime(),
  // Rows per table, in the order they are stored.
  tables: z.record(z.string().max(100), z.number().int().nonnegative()),
  // What the user would count, by table (events rather than the rows packing them, the outbox's
  // unsynced changes); only for tables that have such a count. Format 2 on.
  objects: z.record(z.string().max(100), z.number().int().nonnegative()).optional(),
  encryption: z
    .object({
      cipher: z.literal('AES-GCM-256'),
      keyDerivation: z.literal('PBKDF2-SHA-256'),
      iterations: z.number().int().min(pbkdf2Iterations),
      salt: hexSchema(16),
      iv: hexSchema(12),
    })
    .nullable(),
  payload: z.object({ bytes: z.number().int().nonnegative(), sha256: hexSchema(32) }),
  headerSha256: hexSchema(32).optional(),
});
export type WorkspaceHeader = z.infer<typeof workspaceHeaderSchema>;

export const workspaceChunkSchema = z.object({ table: z.string(), rows: z.array(z.unknown()) });
export type WorkspaceChunk = { table: string; rows: unknown[] };

export type WorkspaceFileProblem = 'not-a-workspace' | 'damaged' | 'newer-version' | 'password-required' | 'wrong-password';

// Why a file was refused, with a message the user can act on.
export class WorkspaceFileError extends Error {
  override readonly name = 'WorkspaceFileError';
  constructor(
    readonly problem: WorkspaceFileProblem,
    message: string,
  ) {
    super(message);
  }
}
