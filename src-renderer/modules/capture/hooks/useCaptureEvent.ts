import { useLiveQuery } from 'dexie-react-hooks';
import type { CaptureEvent } from '@shared/capture/captureEvent';
import { useDatabase } from '../../../db/DatabaseProvider';
import { readCaptureEvent } from '../utils/captureSettings';

// The active event (null when none), live; undefined while loading.
export function useCaptureEvent(): CaptureEvent | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => readCaptureEvent(db), [db]);
}
