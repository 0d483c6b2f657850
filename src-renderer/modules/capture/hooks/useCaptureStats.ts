import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { localDay, readCaptureStats } from '../utils/captureSettings';

export type CaptureCounts = { today: number; inEvent: number; recent: StoredRecord<'contacts'>[] };

// Captured today on this device, in the active event, and the last few (still live) contacts.
export function useCaptureStats(eventId: string | null): CaptureCounts | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const stats = await readCaptureStats(db);
    const recent = (await db.contacts.bulkGet(stats.recentIds)).filter((contact): contact is StoredRecord<'contacts'> => contact !== undefined && contact.deleted === 0);
    return { today: stats.day === localDay() ? stats.today : 0, inEvent: eventId ? (stats.byEvent[eventId] ?? 0) : 0, recent };
  }, [db, eventId]);
}
