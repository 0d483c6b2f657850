import { notifications } from '@mantine/notifications';
import { RecordValidationError, StorageFullError } from '../../../db/errors';

// Every failed write is said out loud; nothing fails silently.
export function showWriteError(error: unknown): void {
  const title = error instanceof StorageFullError ? 'Disk full' : error instanceof RecordValidationError ? 'Not saved' : 'Something went wrong';
  const message = error instanceof Error ? error.message : String(error);
  notifications.show({ color: 'red', title, message, autoClose: error instanceof StorageFullError ? false : 8000 });
}
