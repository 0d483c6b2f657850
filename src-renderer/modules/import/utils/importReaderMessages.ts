import type { RowContext } from '@shared/import/buildImportedContact';
import type { ImportFileFormat } from './importFileFormat';
import type { ImportChunk } from './readImportChunks';

// The import worker sends one chunk per request, so the file is read only as fast as the
// database takes it in. It reads the file's bytes through `port` (importSourcePort).
export type ImportReaderRequest =
  | { type: 'start'; port: MessagePort; size: number; format: ImportFileFormat; context: RowContext | null; headerRowNumber: number; rowsPerChunk: number }
  | { type: 'next' };

export type ImportReaderReply = { type: 'chunk'; chunk: ImportChunk } | { type: 'done' } | { type: 'failed'; message: string };
