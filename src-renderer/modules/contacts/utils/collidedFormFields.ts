import { editCollided } from '../../sync/utils/editCollision';
import type { ContactFormField } from '../components/form/contactFormFields';
import type { ContactFormValues } from './contactFormValues';

// A form value by its field path ('email', 'custom.plan', 'socialProfiles.linkedin').
function valueAt(values: ContactFormValues, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), values);
}

// The labels of the fields the user changed in the form while sync changed them too, to
// something else: `opened` is what the form started from, `live` the contact as stored now.
export function collidedFormFields(fields: readonly ContactFormField[], opened: ContactFormValues, live: ContactFormValues, submitted: ContactFormValues): string[] {
  return fields.filter((field) => editCollided(valueAt(opened, field.path), valueAt(live, field.path), valueAt(submitted, field.path))).map((field) => field.label);
}
