import { openOutpostDb } from '../../../db/OutpostDb';
import type { EventTimesReaderReply, EventTimesReaderRequest } from './eventTimesReaderMessages';
import { readEventTimesByContact } from './readEventTimesByContact';

const reply = (message: EventTimesReaderReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

// Reads and groups one event name's instants (500,000 at 1,000,000 events) on its own thread.
// The database is opened per read (a few milliseconds), so an idle worker holds no connection.
self.onmessage = async (event: MessageEvent<EventTimesReaderRequest>) => {
  const { requestId, databaseName, name } = event.data;
  const db = openOutpostDb(databaseName);
  try {
    await readEventTimesByContact(db, name, (part) =>
      reply({ requestId, type: 'part', part }, [part.contactIds.ends.buffer, part.counts.buffer, part.times.buffer]),
    );
    reply({ requestId, type: 'done' });
  } catch (error) {
    reply({ requestId, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
