import { RecordValidationError } from '../../../db/errors';

// The mutation layer's validation messages, keyed by field, for a form to show beside each field.
export function fieldErrorsFrom(error: unknown): Record<string, string> | null {
  if (!(error instanceof RecordValidationError)) return null;
  return Object.fromEntries(error.issues.map((issue) => [issue.field, issue.message]));
}
