import type { z } from 'zod';

export type FieldIssue = { field: string; message: string };

// A write refused before anything was stored; `issues` name the fields so forms can show them.
export class RecordValidationError extends Error {
  constructor(
    readonly table: string,
    readonly issues: FieldIssue[],
  ) {
    super(issues.map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message)).join('; '));
    this.name = 'RecordValidationError';
  }

  static fromZod(table: string, error: z.ZodError): RecordValidationError {
    return new RecordValidationError(
      table,
      error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
    );
  }
}

export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('The disk is full, so this change was not saved. Everything saved before is safe: free some disk space and try again.', { cause });
    this.name = 'StorageFullError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`No ${table} record with id ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

export function isQuotaExceeded(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause) {
    if ((current as { name?: string }).name === 'QuotaExceededError') return true;
  }
  return false;
}
