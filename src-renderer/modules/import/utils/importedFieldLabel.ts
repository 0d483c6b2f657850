import type { ImportRecordType } from '@shared/import/records/importRecordTypes';
import { recordImportTargets, type RecordTargetSpec } from '@shared/import/records/recordImportTargets';
import { contactFormFields } from '../../contacts/components/form/contactFormFields';
import { recordTargetLabels } from './records/recordTargetLabels';

// "ownerId" → "Owner", "valueMinor" → "Value", "expectedCloseDate" → "Expected close date".
function fieldWords(field: string): string {
  const words = field.replace(/(Id|Minor)$/, '').replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// What a field an import wrote is called where the user sees it: "City", "Owner", or a custom
// attribute's label (`customLabels` by key); custom attributes are `custom.<key>`.
export function importedFieldLabel(type: ImportRecordType, field: string, customLabels: ReadonlyMap<string, string>): string {
  if (field.startsWith('custom.')) {
    const key = field.slice('custom.'.length);
    return customLabels.get(key) ?? key;
  }
  if (type === 'contacts') return contactFormFields([]).find((known) => known.path === field)?.label ?? fieldWords(field);
  const target = Object.entries(recordImportTargets[type] as Record<string, RecordTargetSpec>).find(([, spec]) => spec.field === field)?.[0];
  const label = target ? (recordTargetLabels[type] as Record<string, string>)[target] : undefined;
  // The mapping's labels carry a hint in brackets ("Value (in the currency)"): the field is its first words.
  return label?.replace(/ \(.*\)$/, '') ?? fieldWords(field);
}
