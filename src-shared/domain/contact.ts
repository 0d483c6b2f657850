import { z } from 'zod';
import { customValuesSchema, e164PhoneSchema, emailSchema, idSchema, isoDateTime, longText, optionalId, shortText } from './common';

export const contactStatuses = ['visitor', 'lead', 'prospect', 'customer', 'former customer', 'partner'] as const;

export const contactFieldsSchema = z.strictObject({
  firstName: shortText.default(''),
  lastName: shortText.default(''),
  email: emailSchema.nullable().default(null),
  phone: e164PhoneSchema.nullable().default(null),
  externalId: z.string().trim().max(200).nullable().default(null),
  // Anonymous contacts are known only by the visitor id of the tracking snippet.
  visitorId: z.string().max(200).nullable().default(null),
  status: z.enum(contactStatuses).default('lead'),
  ownerId: optionalId,
  source: shortText.default(''),
  city: shortText.default(''),
  country: z.string().regex(/^([A-Z]{2})?$/, { message: 'Use a two-letter ISO country code' }).default(''),
  language: z.string().max(35).default(''),
  socialProfiles: z.record(z.string().max(40), z.string().max(500)).default({}),
  about: longText.default(''),
  lastSeenAt: isoDateTime.nullable().default(null),
  custom: customValuesSchema,
});
export type ContactFields = z.infer<typeof contactFieldsSchema>;

export const contactMembershipFieldsSchema = z.strictObject({
  contactId: idSchema,
  companyId: idSchema,
  role: shortText.default(''),
  since: z.iso.date().nullable().default(null),
  primary: z.boolean().default(false),
});
export type MembershipFields = z.infer<typeof contactMembershipFieldsSchema>;

export function contactDisplayName(contact: Pick<ContactFields, 'firstName' | 'lastName' | 'email' | 'phone' | 'visitorId'>): string {
  const name = `${contact.firstName} ${contact.lastName}`.trim();
  if (name) return name;
  if (contact.email) return contact.email;
  if (contact.phone) return contact.phone;
  return contact.visitorId ? `Visitor ${contact.visitorId.slice(0, 8)}` : 'Unnamed contact';
}

// Identified once there is an email, a phone number or an external user id (see the concept).
export function isIdentified(contact: Pick<ContactFields, 'email' | 'phone' | 'externalId'>): boolean {
  return Boolean(contact.email || contact.phone || contact.externalId);
}
