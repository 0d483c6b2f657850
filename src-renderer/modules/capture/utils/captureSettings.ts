import { toCaptureEvent, toCaptureStats, type CaptureEvent, type CaptureStats } from '@shared/capture/captureEvent';
import type { OutpostDb } from '../../../db/OutpostDb';

// Device-local rows of the settings table: the event staff at this machine work under, and
// what they captured on it.
export const captureEventKey = 'capture.event';
export const captureStatsKey = 'capture.stats';

export async function readCaptureEvent(db: OutpostDb): Promise<CaptureEvent | null> {
  return toCaptureEvent((await db.settings.get(captureEventKey))?.value);
}

export async function writeCaptureEvent(db: OutpostDb, event: CaptureEvent | null): Promise<void> {
  if (event) await db.settings.put({ key: captureEventKey, value: event });
  else await db.settings.delete(captureEventKey);
}

export async function readCaptureStats(db: OutpostDb): Promise<CaptureStats> {
  return toCaptureStats((await db.settings.get(captureStatsKey))?.value);
}

// The local calendar day, which is what "today" means to someone at a booth.
export function localDay(date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
