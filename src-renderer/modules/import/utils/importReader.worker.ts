import type { ImportReaderReply, ImportReaderRequest } from './importReaderMessages';
import { importSourceFromPort } from './importSourcePort';
import { readImportChunks, type ImportChunk } from './readImportChunks';

let chunks: AsyncGenerator<ImportChunk> | null = null;

function reply(message: ImportReaderReply): void {
  self.postMessage(message);
}

// Decoding, parsing and coercing 100,000 rows takes seconds: here, the UI stays responsive.
self.onmessage = async (event: MessageEvent<ImportReaderRequest>) => {
  const request = event.data;
  if (request.type === 'start') chunks = readImportChunks(importSourceFromPort(request.port, request.size), request.format, request.context, request.headerRowNumber, request.rowsPerChunk);
  if (!chunks) return reply({ type: 'failed', message: 'The import reader was asked for rows before it started' });
  try {
    const next = await chunks.next();
    reply(next.done ? { type: 'done' } : { type: 'chunk', chunk: next.value });
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
