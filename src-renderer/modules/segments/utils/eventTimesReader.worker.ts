import { openOutpostDb } from '../../../db/OutpostDb';
import type { EventTimesReaderReply, EventTimesReaderRequest } from './eventTimesReaderMessages';
import { readEventTimesByContact } from './readEventTimesByContact';

const reply = (message: EventTimesReaderReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

// Reads and groups one event name's instants (500,000 at 1,000,000 events) on its own thread.
self.onmessage = async (event: MessageEvent<EventTimesReaderRequest>) => {
  const db = openOutpostDb(event.data.databaseName);
  try {
    await readEventTimesByContact(db, event.data.name, (part) => reply({ type: 'part', part }, [part.contactIds.ends.buffer, part.counts.buffer, part.times.buffer]));
    reply({ type: 'done' });
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
