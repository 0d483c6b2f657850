import type { AttributeType } from '@shared/domain/attribute';
import type { RecordFields, RecordInput } from '@shared/domain/recordSchemas';
import { foldText } from '@shared/text/foldText';
import { RecordValidationError } from '../../../db/errors';
import { isChoiceType, type AttributeEntity } from './attributeLabels';

// An option row of the form; `value` is empty until the option is first saved, and then kept,
// because records store the value and the label may be renamed.
export type AttributeOptionRow = { value: string; label: string };
export type AttributeFormValues = { entity: AttributeEntity; label: string; key: string; type: AttributeType; options: AttributeOptionRow[] };
export type AttributeOption = { value: string; label: string };

const maxKeyLength = 64;

// "Plan tier" -> "plan_tier": lowercase letters, digits and underscores, starting with a letter.
export function slugifyKey(label: string): string {
  const slug = foldText(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return (/^[0-9]/.test(slug) ? `attr_${slug}` : slug).slice(0, maxKeyLength);
}

function unique(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base.slice(0, maxKeyLength - String(suffix).length - 1)}_${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function suggestAttributeKey(label: string, takenKeys: ReadonlySet<string>): string {
  const slug = slugifyKey(label);
  return slug ? unique(slug, takenKeys) : '';
}

// Blank rows are dropped; new options get a value from their label, unique within the attribute.
export function toAttributeOptions(rows: AttributeOptionRow[]): AttributeOption[] {
  const filled = rows.map((row) => ({ value: row.value, label: row.label.trim() })).filter((row) => row.label);
  const taken = new Set(filled.map((row) => row.value).filter(Boolean));
  return filled.map((row) => {
    if (row.value) return row;
    const value = unique(slugifyKey(row.label) || 'option', taken);
    taken.add(value);
    return { value, label: row.label };
  });
}

export function emptyAttributeFormValues(entity: AttributeEntity): AttributeFormValues {
  return { entity, label: '', key: '', type: 'text', options: [{ value: '', label: '' }] };
}

// `takenKeys` holds every key of the object, deleted attributes included: records may still
// hold their values, which a new attribute of another type would misread.
export function toNewAttribute(values: AttributeFormValues, takenKeys: ReadonlySet<string>, order: number): RecordInput<'attributeDefinitions'> {
  const key = values.key.trim();
  if (takenKeys.has(key)) throw new RecordValidationError('attributeDefinitions', [{ field: 'key', message: 'Another attribute, maybe a deleted one, uses this key' }]);
  return {
    entity: values.entity,
    key,
    label: values.label,
    type: values.type,
    options: isChoiceType(values.type) ? toAttributeOptions(values.options) : [],
    order,
  };
}

// Only the label and the options change later: the key and type are what stored values mean.
export function toAttributeChanges(values: AttributeFormValues): Pick<RecordInput<'attributeDefinitions'>, 'label' | 'options'> {
  return { label: values.label, options: isChoiceType(values.type) ? toAttributeOptions(values.options) : [] };
}

export function attributeToFormValues(definition: Pick<RecordFields<'attributeDefinitions'>, 'entity' | 'label' | 'key' | 'type' | 'options'>): AttributeFormValues {
  const { entity, label, key, type, options } = definition;
  return { entity, label, key, type, options: options.length > 0 ? options.map((option) => ({ ...option })) : [{ value: '', label: '' }] };
}
