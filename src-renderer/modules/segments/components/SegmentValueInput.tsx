import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import type { SegmentCondition } from '@shared/domain/segment';
import type { SegmentField } from '@shared/domain/segments/segmentFieldCatalog';
import { valuelessOperators } from '@shared/domain/filters/filterTypes';
import { FilterValueInput } from '../../contact-list/components/FilterValueInput';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';

export type SegmentValueInputProps = {
  field: SegmentField;
  operator: string;
  value: SegmentCondition['value'];
  onChange: (value: SegmentCondition['value']) => void;
  names: ReferenceNames;
  pipelines: Array<{ value: string; label: string }>;
};

const numberOrNull = (next: string | number) => (typeof next === 'number' ? next : null);

// Deal values are stored in minor units (cents); people type whole amounts.
const centsPerUnit = 100;

// The value control for a condition: contact fields use the filter inputs, events and deals their own.
export function SegmentValueInput({ field, operator, value, onChange, names, pipelines }: SegmentValueInputProps) {
  if (valuelessOperators.has(operator)) return null;
  if (field.kind === 'contact') return <FilterValueInput column={field.column} operator={operator} value={value} onChange={onChange} names={names} />;
  const [first, second] = Array.isArray(value) ? value : [null, null];
  switch (operator) {
    case 'performedAtLeast':
      return (
        <Group grow gap="xs">
          <NumberInput label="Times" min={1} value={typeof first === 'number' ? first : ''} onChange={(next) => onChange([numberOrNull(next) ?? Number.NaN, typeof second === 'number' ? second : Number.NaN])} />
          <NumberInput label="In the last days" min={1} value={typeof second === 'number' ? second : ''} onChange={(next) => onChange([typeof first === 'number' ? first : Number.NaN, numberOrNull(next) ?? Number.NaN])} />
        </Group>
      );
    case 'notPerformedSince':
      return <TextInput label="Since" type="date" value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'performedWithProperty':
      return (
        <Group grow gap="xs">
          <TextInput label="Property" value={typeof first === 'string' ? first : ''} onChange={(event) => onChange([event.currentTarget.value, String(second ?? '')])} />
          <TextInput label="Property value" value={second === null || second === undefined ? '' : String(second)} onChange={(event) => onChange([String(first ?? ''), event.currentTarget.value])} />
        </Group>
      );
    case 'hasOpenDealInPipeline':
      return <Select label="Pipeline" data={pipelines} value={typeof value === 'string' ? value : null} onChange={onChange} allowDeselect={false} />;
    case 'wonDealValueOver':
      return (
        <NumberInput
          label="Total won value over"
          min={0}
          decimalScale={2}
          value={typeof value === 'number' ? value / centsPerUnit : ''}
          onChange={(next) => onChange(typeof next === 'number' ? Math.round(next * centsPerUnit) : null)}
        />
      );
    default:
      return null;
  }
}
