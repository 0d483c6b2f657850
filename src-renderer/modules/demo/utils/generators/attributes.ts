import type { AttributeType } from '@shared/domain/attribute';
import type { CustomValue } from '@shared/domain/common';
import { chance, dayMs, demoId, isoDay, momentAround, slug, type DemoContext, type DemoRecord } from './demoContext';

type Option = { value: string; label: string };

export type DemoAttribute = {
  key: string;
  label: string;
  type: AttributeType;
  options?: Option[];
  sample: (ctx: DemoContext) => CustomValue;
};

function options(labels: string[]): Option[] {
  return labels.map((label) => ({ value: slug(label, '_'), label }));
}

const planOptions = options(['Free', 'Starter', 'Pro', 'Enterprise']);
const interestOptions = options(['Analytics', 'Automation', 'Integrations', 'Mobile', 'Security', 'Support']);
const tierOptions = options(['Strategic', 'Key account', 'Standard']);
const leadSourceOptions = options(['Inbound', 'Outbound', 'Partner', 'Event']);
const departments = ['Sales', 'Marketing', 'Engineering', 'Finance', 'Operations', 'Support', 'Product', 'HR'];

// One contact attribute of every type, so every editor and filter has something to show.
export const contactAttributes: DemoAttribute[] = [
  { key: 'department', label: 'Department', type: 'text', sample: ({ faker }) => faker.helpers.arrayElement(departments) },
  { key: 'seats', label: 'Seats', type: 'integer', sample: ({ faker }) => faker.number.int({ min: 1, max: 250 }) },
  { key: 'satisfaction', label: 'Satisfaction score', type: 'float', sample: ({ faker }) => faker.number.float({ min: 1, max: 5, fractionDigits: 1 }) },
  { key: 'newsletter', label: 'Newsletter opt-in', type: 'boolean', sample: ({ faker }) => faker.datatype.boolean({ probability: 0.6 }) },
  { key: 'birthday', label: 'Birthday', type: 'date', sample: ({ faker }) => isoDay(faker.date.birthdate({ mode: 'age', min: 22, max: 65 })) },
  { key: 'trial_ends_at', label: 'Trial ends', type: 'datetime', sample: (ctx) => momentAround(ctx, -30 * dayMs, 30 * dayMs).toISOString() },
  { key: 'plan', label: 'Plan', type: 'choice', options: planOptions, sample: ({ faker }) => faker.helpers.arrayElement(planOptions).value },
  {
    key: 'interests',
    label: 'Interests',
    type: 'multichoice',
    options: interestOptions,
    sample: ({ faker }) => faker.helpers.arrayElements(interestOptions, { min: 1, max: 3 }).map((option) => option.value),
  },
];

export const companyAttributes: DemoAttribute[] = [
  { key: 'tier', label: 'Account tier', type: 'choice', options: tierOptions, sample: ({ faker }) => faker.helpers.arrayElement(tierOptions).value },
  { key: 'founded', label: 'Founded', type: 'integer', sample: ({ faker }) => faker.number.int({ min: 1950, max: 2024 }) },
];

export const dealAttributes: DemoAttribute[] = [
  { key: 'lead_source', label: 'Lead source', type: 'choice', options: leadSourceOptions, sample: ({ faker }) => faker.helpers.arrayElement(leadSourceOptions).value },
  { key: 'multi_year', label: 'Multi-year contract', type: 'boolean', sample: ({ faker }) => faker.datatype.boolean({ probability: 0.3 }) },
];

export function generateAttributeDefinitions(ctx: DemoContext): DemoRecord<'attributeDefinitions'>[] {
  const entities = [
    ['contact', contactAttributes],
    ['company', companyAttributes],
    ['deal', dealAttributes],
  ] as const;
  return entities.flatMap(([entity, attributes]) =>
    attributes.map((attribute, order) => ({
      id: demoId(ctx),
      entity,
      key: attribute.key,
      label: attribute.label,
      type: attribute.type,
      options: attribute.options ?? [],
      order,
    })),
  );
}

// Records fill only some of their attributes, as real data does.
export function customValues(ctx: DemoContext, attributes: DemoAttribute[], fillRate: number): Record<string, CustomValue> {
  const values: Record<string, CustomValue> = {};
  for (const attribute of attributes) if (chance(ctx, fillRate)) values[attribute.key] = attribute.sample(ctx);
  return values;
}
