import type { OutpostDb } from '../../../db/OutpostDb';
import type { EventTimesReaderReply, EventTimesReaderRequest } from './eventTimesReaderMessages';
import { readEventTimesByContact, type EventTimesPart } from './readEventTimesByContact';

type PendingRead = { name: string; onPart: (part: EventTimesPart) => void; resolve: () => void; reject: (error: Error) => void };

// Reads event names' instants by contact in a worker where the platform has one (the app), so
// the main thread only takes the packed parts; inline under Node, where tests run. The worker
// starts with the reader and serves every read after, so a count does not wait for its script
// to load; a worker that fails is replaced on the next read.
export class EventTimesReader {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, PendingRead>();
  private nextRequestId = 0;

  constructor(private readonly db: OutpostDb) {
    if (typeof Worker !== 'undefined') this.worker = this.startWorker();
  }

  read(name: string, onPart: (part: EventTimesPart) => void): Promise<void> {
    if (typeof Worker === 'undefined') return readEventTimesByContact(this.db, name, onPart);
    this.worker ??= this.startWorker();
    const requestId = (this.nextRequestId += 1);
    const request: EventTimesReaderRequest = { requestId, databaseName: this.db.name, name };
    return new Promise<void>((resolve, reject) => {
      this.pending.set(requestId, { name, onPart, resolve, reject });
      this.worker?.postMessage(request);
    });
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./eventTimesReader.worker.ts', import.meta.url), { type: 'module', name: 'Event times reader' });
    worker.onmessage = (event: MessageEvent<EventTimesReaderReply>) => {
      const reply = event.data;
      const read = this.pending.get(reply.requestId);
      if (!read) return;
      try {
        if (reply.type === 'part') return read.onPart(reply.part);
        this.pending.delete(reply.requestId);
        if (reply.type === 'done') read.resolve();
        else read.reject(new Error(`Reading the "${read.name}" events failed: ${reply.message}`));
      } catch (error) {
        this.pending.delete(reply.requestId);
        read.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    // A worker whose script did not load reports an error without a message.
    worker.onerror = (event) => {
      worker.terminate();
      if (this.worker === worker) this.worker = null;
      const failed = [...this.pending.values()];
      this.pending.clear();
      for (const read of failed) read.reject(new Error(`The event reader stopped: ${event.message || 'its script did not load'}`));
    };
    return worker;
  }
}
