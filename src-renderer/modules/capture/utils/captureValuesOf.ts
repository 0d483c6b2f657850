import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import { contactToFormValues, type FormAttribute } from '../../contacts/utils/contactFormValues';
import { homeCountry } from '../../contacts/utils/homeCountry';
import { captureAttributes } from './captureAttributes';
import type { CaptureFormValues } from './captureFormValues';

// A saved capture back in the form, to fix a typo: the contact's fields and its primary
// company with the role there.
export async function captureValuesOf(db: OutpostDb, contact: StoredRecord<'contacts'>, attributes: FormAttribute[]): Promise<CaptureFormValues> {
  const values = contactToFormValues(contact, [...captureAttributes, ...attributes], homeCountry);
  const memberships = (await db.memberships.where('contactId').equals(contact.id).toArray()).filter((membership) => membership.deleted === 0);
  const membership = memberships.find((row) => row.primary) ?? memberships[0];
  const company = membership ? await db.companies.get(membership.companyId) : undefined;
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    phone: values.phone,
    company: company?.name ?? '',
    companyId: company?.id ?? null,
    jobTitle: membership?.role ?? '',
    website: values.socialProfiles.website ?? '',
    notes: values.about,
    custom: values.custom,
  };
}
