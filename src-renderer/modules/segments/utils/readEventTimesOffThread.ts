import type { OutpostDb } from '../../../db/OutpostDb';
import type { EventTimesReaderReply, EventTimesReaderRequest } from './eventTimesReaderMessages';
import { readEventTimesByContact, type EventTimesPart } from './readEventTimesByContact';

// One name's instants by contact, read and grouped in a worker where the platform has one (the
// app), so the main thread only takes the packed parts; inline under Node, where tests run.
export function readEventTimesOffThread(db: OutpostDb, name: string, onPart: (part: EventTimesPart) => void): Promise<void> {
  if (typeof Worker === 'undefined') return readEventTimesByContact(db, name, onPart);
  const worker = new Worker(new URL('./eventTimesReader.worker.ts', import.meta.url), { type: 'module', name: 'Event times reader' });
  return new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<EventTimesReaderReply>) => {
      const reply = event.data;
      try {
        if (reply.type === 'part') return onPart(reply.part);
        worker.terminate();
        if (reply.type === 'done') resolve();
        else reject(new Error(`Reading the "${name}" events failed: ${reply.message}`));
      } catch (error) {
        worker.terminate();
        reject(error);
      }
    };
    // A worker whose script did not load reports an error without a message.
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The event reader stopped: ${event.message || 'its script did not load'}`));
    };
    const request: EventTimesReaderRequest = { databaseName: db.name, name };
    worker.postMessage(request);
  });
}
