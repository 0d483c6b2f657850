import type { RowContext } from '@shared/import/buildImportedContact';
import type { ImportFileFormat } from './importFileFormat';
import type { ImportReaderReply, ImportReaderRequest } from './importReaderMessages';
import type { ImportSource } from './importSource';
import { serveImportSource } from './importSourcePort';
import { readImportChunks, type ImportChunk } from './readImportChunks';

function ask(worker: Worker, request: ImportReaderRequest, transfer: Transferable[] = []): Promise<ImportReaderReply> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportReaderReply>) => resolve(event.data);
    // A worker whose script did not load reports an error without a message.
    worker.onerror = (event) => reject(new Error(`The import reader stopped: ${event.message || 'its script did not load'}`));
    worker.postMessage(request, transfer);
  });
}

// The file's chunks, read in a worker where the platform has one (the app) and inline under
// Node, where tests run. Stopping early (a preview, a cancel) ends the worker.
export async function* readImportChunksOffThread(file: ImportSource, format: ImportFileFormat, context: RowContext | null, headerRowNumber: number, rowsPerChunk: number): AsyncGenerator<ImportChunk> {
  if (typeof Worker === 'undefined') {
    yield* readImportChunks(file, format, context, headerRowNumber, rowsPerChunk);
    return;
  }
  const worker = new Worker(new URL('./importReader.worker.ts', import.meta.url), { type: 'module', name: 'Import reader' });
  const bytes = new MessageChannel();
  serveImportSource(file, bytes.port1);
  try {
    let next = ask(worker, { type: 'start', port: bytes.port2, size: file.size, format, context, headerRowNumber, rowsPerChunk }, [bytes.port2]);
    for (;;) {
      const reply = await next;
      if (reply.type === 'done') return;
      if (reply.type === 'failed') throw new Error(reply.message);
      // The worker reads the next chunk while this one is written; a failure is thrown when it is taken.
      next = ask(worker, { type: 'next' });
      next.catch(() => undefined);
      yield reply.chunk;
    }
  } finally {
    worker.terminate();
    bytes.port1.close();
  }
}
