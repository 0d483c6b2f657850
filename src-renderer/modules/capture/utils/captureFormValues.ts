import type { CapturedFields } from '@shared/capture/capturedFields';
import { RecordValidationError, type FieldIssue } from '../../../db/errors';
import { customToFormValue, emptyContactFormValues, toContactPatch, type ContactFormValues, type ContactPatch, type CustomFormValue, type FormAttribute } from '../../contacts/utils/contactFormValues';
import { homeCountry } from '../../contacts/utils/homeCountry';
import { consentAttribute, interestAttribute } from './captureAttributes';

export type CaptureFormValues = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  company: string;
  // Set when the company was picked from the offered ones; a typed name is looked up or created.
  companyId: string | null;
  jobTitle: string;
  website: string;
  notes: string;
  custom: Record<string, CustomFormValue>;
};

// Text fields in the order the form shows them; a scan or a paste fills these.
export const capturedTextFields = ['firstName', 'lastName', 'email', 'phone', 'company', 'jobTitle', 'website', 'notes'] as const;

export function emptyCaptureValues(attributes: FormAttribute[]): CaptureFormValues {
  const custom = Object.fromEntries([interestAttribute, consentAttribute, ...attributes].map((attribute) => [attribute.key, customToFormValue(attribute, undefined)]));
  return { firstName: '', lastName: '', email: '', phone: '', company: '', companyId: null, jobTitle: '', website: '', notes: '', custom };
}

// Nothing typed yet (interest and consent alone are not a contact).
export function isBlankCapture(values: CaptureFormValues): boolean {
  return capturedTextFields.every((field) => !values[field].trim());
}

// A scan or paste fills only the fields it found, and never a field already typed in.
export function fillCaptured(values: CaptureFormValues, found: CapturedFields): CaptureFormValues {
  const next = { ...values };
  for (const field of capturedTextFields) {
    const value = found[field];
    if (value && !next[field].trim()) next[field] = value;
  }
  if (found.company && !values.company.trim()) next.companyId = null;
  return next;
}

const formPathOf: Record<string, string> = { about: 'notes', 'socialProfiles.website': 'website' };

// The contact fields the form holds, checked by the contact form's own rules (E.164 phone,
// email, attribute types); issues are named by the capture form's paths.
function toContactValues(values: CaptureFormValues, attributes: FormAttribute[]): ContactFormValues {
  const empty = emptyContactFormValues(attributes);
  return { ...empty, firstName: values.firstName, lastName: values.lastName, email: values.email, phone: values.phone, about: values.notes.trim(), socialProfiles: { website: values.website }, custom: { ...empty.custom, ...values.custom } };
}

// A new capture is compared with the empty form; a reopened one with what it was loaded with,
// so only the fixed fields are written.
export function toCaptureContact(values: CaptureFormValues, attributes: FormAttribute[], initial?: CaptureFormValues): ContactPatch {
  const allAttributes = [interestAttribute, consentAttribute, ...attributes];
  const contactValues = toContactValues(values, allAttributes);
  const before = initial ? toContactValues(initial, allAttributes) : emptyContactFormValues(allAttributes);
  const issues: FieldIssue[] = [];
  if (!values.firstName.trim() && !values.lastName.trim() && !values.email.trim() && !values.phone.trim()) issues.push({ field: 'firstName', message: 'Type a name, an email or a phone number' });
  if (values.jobTitle.trim() && !values.company.trim()) issues.push({ field: 'company', message: 'A job title is kept with the company: type the company too' });
  try {
    const patch = toContactPatch(contactValues, before, allAttributes, homeCountry);
    if (issues.length > 0) throw new RecordValidationError('contacts', issues);
    return patch;
  } catch (error) {
    if (!(error instanceof RecordValidationError)) throw error;
    throw new RecordValidationError('contacts', [...issues, ...error.issues.map((issue) => ({ ...issue, field: formPathOf[issue.field] ?? issue.field }))]);
  }
}
