import type { CustomValue } from '@shared/domain/common';
import type { CompanyFields } from '@shared/domain/company';
import type { RecordInput } from '@shared/domain/recordSchemas';
import { customToFormValue, parseCustomFormValue, type CustomFormValue, type FormAttribute } from '../../contacts/utils/contactFormValues';

export type CompanyFormValues = {
  name: string;
  domain: string;
  industry: string;
  size: number | string;
  city: string;
  country: string;
  ownerId: string | null;
  about: string;
  custom: Record<string, CustomFormValue>;
};

export type CompanyFormResult = { ok: true; input: RecordInput<'companies'> } | { ok: false; errors: Record<string, string> };

export function companyToFormValues(company: CompanyFields | null, attributes: readonly FormAttribute[]): CompanyFormValues {
  return {
    name: company?.name ?? '',
    domain: company?.domain ?? '',
    industry: company?.industry ?? '',
    size: company?.size ?? '',
    city: company?.city ?? '',
    country: company?.country ?? '',
    ownerId: company?.ownerId ?? null,
    about: company?.about ?? '',
    custom: Object.fromEntries(attributes.map((attribute) => [attribute.key, customToFormValue(attribute, company?.custom[attribute.key])])),
  };
}

// The form's values as record fields for the mutation layer, which validates the rest; custom
// values that do not parse are reported beside their control.
export function toCompanyInput(values: CompanyFormValues, attributes: readonly FormAttribute[]): CompanyFormResult {
  const errors: Record<string, string> = {};
  const custom: Record<string, CustomValue> = {};
  for (const attribute of attributes) {
    const parsed = parseCustomFormValue(attribute, values.custom[attribute.key]);
    if (parsed.ok) custom[attribute.key] = parsed.value;
    else errors[`custom.${attribute.key}`] = parsed.message;
  }
  const size = values.size === '' ? null : Number(values.size);
  if (size !== null && (!Number.isInteger(size) || size < 0)) errors.size = 'Enter a whole number of people';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name: values.name,
      domain: values.domain.trim().replace(/^https?:\/\//i, '').replace(/\/.*$/, ''),
      industry: values.industry,
      size,
      city: values.city,
      country: values.country.trim().toUpperCase(),
      ownerId: values.ownerId,
      about: values.about,
      custom,
    },
  };
}
