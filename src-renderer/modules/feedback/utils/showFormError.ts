import { RecordValidationError } from '../../../db/errors';
import { showWriteError } from './showWriteError';

// A validation failure goes beside the fields it names; anything else becomes a notification.
export function showFormError(error: unknown, setErrors: (errors: Record<string, string>) => void): void {
  if (error instanceof RecordValidationError) setErrors(Object.fromEntries(error.issues.map((issue) => [issue.field, issue.message])));
  else showWriteError(error);
}
