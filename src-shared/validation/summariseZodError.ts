import type { z } from 'zod';

// One line naming each problem with its path, for error messages that cross a boundary (IPC,
// HTTP). A payload of thousands of bad items is summarised by its first few.
export function summariseZodError(error: z.ZodError, maxIssues = 5): string {
  const shown = error.issues.slice(0, maxIssues).map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
  const hidden = error.issues.length - shown.length;
  return hidden > 0 ? `${shown.join('; ')}; and ${hidden} more` : shown.join('; ');
}
