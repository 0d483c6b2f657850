import { describe, expect, it } from 'vitest';
import { attributeDefinitionFieldsSchema } from '@shared/domain/attribute';
import { RecordValidationError } from '@renderer/db/errors';
import {
  attributeToFormValues,
  slugifyKey,
  suggestAttributeKey,
  toAttributeChanges,
  toAttributeOptions,
  toNewAttribute,
} from '@renderer/modules/attributes/utils/attributeFormValues';

describe('attribute keys', () => {
  it('are suggested from the label as lowercase words joined by underscores', () => {
    expect(slugifyKey('Plan tier')).toBe('plan_tier');
    expect(slugifyKey('  Zoë’s NPS (0–10) ')).toBe('zoe_s_nps_0_10');
    expect(slugifyKey('2nd phone')).toBe('attr_2nd_phone');
    expect(slugifyKey('!!!')).toBe('');
    expect(slugifyKey('x'.repeat(80))).toHaveLength(64);
  });

  it('avoid the keys the object already has', () => {
    expect(suggestAttributeKey('Plan', new Set(['plan', 'plan_2']))).toBe('plan_3');
    expect(suggestAttributeKey('', new Set())).toBe('');
  });
});

describe('attribute options', () => {
  it('keep stored values, drop blank rows and give new rows unique values', () => {
    expect(
      toAttributeOptions([
        { value: 'pro', label: 'Professional ' },
        { value: '', label: ' ' },
        { value: '', label: 'Pro' },
        { value: '', label: 'Free' },
      ]),
    ).toEqual([
      { value: 'pro', label: 'Professional' },
      { value: 'pro_2', label: 'Pro' },
      { value: 'free', label: 'Free' },
    ]);
  });
});

describe('attribute writes', () => {
  const values = { entity: 'contact' as const, label: 'Plan', key: 'plan', type: 'choice' as const, options: [{ value: '', label: 'Free' }] };

  it('build a new definition the schema accepts', () => {
    const input = toNewAttribute(values, new Set(['seats']), 3);
    expect(input).toEqual({ entity: 'contact', key: 'plan', label: 'Plan', type: 'choice', options: [{ value: 'free', label: 'Free' }], order: 3 });
    expect(attributeDefinitionFieldsSchema.safeParse(input).success).toBe(true);
  });

  it('refuse a key another attribute of the object uses', () => {
    expect(() => toNewAttribute(values, new Set(['plan']), 0)).toThrow(RecordValidationError);
  });

  it('change only the label and options later, and drop options of non-choice types', () => {
    expect(toAttributeChanges({ ...values, label: 'Subscription' })).toEqual({ label: 'Subscription', options: [{ value: 'free', label: 'Free' }] });
    expect(toAttributeChanges({ ...values, type: 'text' })).toEqual({ label: 'Plan', options: [] });
  });

  it('start editing from the stored definition, with one blank option row when there are none', () => {
    expect(attributeToFormValues({ entity: 'deal', key: 'size', label: 'Size', type: 'integer', options: [] }).options).toEqual([{ value: '', label: '' }]);
  });
});
