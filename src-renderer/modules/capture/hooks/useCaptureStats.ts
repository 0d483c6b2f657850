import { capturedOn } from '@shared/capture/captureEvent';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { readCaptureStats } from '../utils/captureSettings';
import { useLocalDay } from './useLocalDay';

export type CaptureCounts = { today: number; inEvent: number; recent: StoredRecord<'contacts'>[] };

// Captured today on this device, in the active event, and the last few (still live) contacts.
export function useCaptureStats(eventId: string | null): CaptureCounts | undefined {
  const { db } = useDatabase();
  // "Today" starts again at local midnight, with the view left open too.
  const day = useLocalDay();
  return useLiveQuery(async () => {
    const stats = await readCaptureStats(db);
    const recent = (await db.contacts.bulkGet(stats.recentIds)).filter((contact): contact is StoredRecord<'contacts'> => contact !== undefined && contact.deleted === 0);
    return { today: capturedOn(stats, day), inEvent: eventId ? (stats.byEvent[eventId] ?? 0) : 0, recent };
  }, [db, eventId, day]);
}
