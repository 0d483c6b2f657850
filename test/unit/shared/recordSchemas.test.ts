import { describe, expect, it } from 'vitest';
import { attributeDefinitionFieldsSchema } from '@shared/domain/attribute';
import { contactDisplayName, contactFieldsSchema, isIdentified } from '@shared/domain/contact';
import { dealFieldsSchema } from '@shared/domain/deal';
import { isSyncedTable, recordSchemas } from '@shared/domain/recordSchemas';

describe('record schemas', () => {
  it('fills defaults and normalises the email', () => {
    const contact = contactFieldsSchema.parse({ email: ' Ann@Example.COM ' });
    expect(contact).toMatchObject({ email: 'ann@example.com', status: 'lead', custom: {}, phone: null });
  });

  it('explains what is wrong with a field', () => {
    const result = contactFieldsSchema.safeParse({ phone: '030 1234567', country: 'Germany' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^phone: .*E\.164/), expect.stringMatching(/^country: .*ISO/)]));
  });

  it('refuses unknown fields instead of storing them silently', () => {
    expect(contactFieldsSchema.safeParse({ firstName: 'Ann', fristName: 'typo' }).success).toBe(false);
  });

  it('keeps deal values in whole minor units with an ISO currency', () => {
    const base = { title: 'Renewal', pipelineId: 'p', stageId: 's', position: 'a0' };
    expect(dealFieldsSchema.safeParse({ ...base, valueMinor: 1999, currency: 'USD' }).success).toBe(true);
    expect(dealFieldsSchema.safeParse({ ...base, valueMinor: 19.99 }).success).toBe(false);
    expect(dealFieldsSchema.safeParse({ ...base, currency: 'euro' }).success).toBe(false);
  });

  it('requires options for fixed-choice attributes', () => {
    const result = attributeDefinitionFieldsSchema.safeParse({ entity: 'contact', key: 'size', label: 'Size', type: 'choice' });
    expect(result.error?.issues[0]?.path).toEqual(['options']);
  });

  it('tells anonymous and identified contacts apart', () => {
    const anonymous = contactFieldsSchema.parse({ visitorId: 'abcdef123456' });
    expect(isIdentified(anonymous)).toBe(false);
    expect(contactDisplayName(anonymous)).toBe('Visitor abcdef12');
    expect(isIdentified(contactFieldsSchema.parse({ externalId: 'u-1' }))).toBe(true);
  });

  it('knows which tables sync', () => {
    expect(isSyncedTable('contacts')).toBe(true);
    expect(isSyncedTable('outbox')).toBe(false);
    expect(isSyncedTable('__proto__')).toBe(false);
    expect(Object.keys(recordSchemas)).toHaveLength(21);
  });
});
