// What a scan, a pasted signature or a card gives the capture form to review: text as found,
// checked and normalised only when the form is saved.
export type CapturedFields = Partial<{
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  company: string;
  jobTitle: string;
  website: string;
  notes: string;
}>;

// Drops empty values, so merging a parse into the form never blanks a field.
export function withoutEmpty(fields: Record<string, string | undefined>): CapturedFields {
  return Object.fromEntries(Object.entries(fields).flatMap(([key, value]) => (value?.trim() ? [[key, value.trim()]] : []))) as CapturedFields;
}
