import Dexie from 'dexie';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { FormAttribute } from '../../contacts/utils/contactFormValues';

// Interest and consent are contact attributes like any other, so profiles, filters and
// segments show them; capture makes sure they are defined before the first contact is saved.
export const interestAttribute: FormAttribute = {
  key: 'interest_level',
  label: 'Interest level',
  type: 'choice',
  options: [
    { value: 'hot', label: 'Hot' },
    { value: 'warm', label: 'Warm' },
    { value: 'cold', label: 'Cold' },
  ],
};
export const consentAttribute: FormAttribute = { key: 'contact_consent', label: 'Agreed to be contacted', type: 'boolean', options: [] };
export const captureAttributes = [interestAttribute, consentAttribute];

export async function ensureCaptureAttributes(db: OutpostDb, mutations: MutationLayer): Promise<void> {
  const defined = await db.attributeDefinitions.where('[entity+key]').between(['contact', Dexie.minKey], ['contact', Dexie.maxKey]).toArray();
  const order = Math.max(-1, ...defined.map((row) => row.order)) + 1;
  const missing = captureAttributes.filter((attribute) => !defined.some((row) => row.key === attribute.key && row.deleted === 0));
  if (missing.length > 0) await mutations.createMany('attributeDefinitions', missing.map((attribute, index) => ({ entity: 'contact' as const, ...attribute, order: order + index })));
}
