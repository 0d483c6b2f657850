import { emailSchema } from '@shared/domain/common';

// A mistake in an admin command's input; the CLI prints its message as it is.
export class AdminError extends Error {
  override readonly name = 'AdminError';
}

export function parseEmail(input: string): string {
  const parsed = emailSchema.safeParse(input);
  if (!parsed.success) throw new AdminError(`"${input}" is not an email address.`);
  return parsed.data;
}
