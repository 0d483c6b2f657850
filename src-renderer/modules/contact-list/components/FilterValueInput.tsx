import { Group, MultiSelect, NumberInput, TextInput } from '@mantine/core';
import type { ContactColumn } from '@shared/domain/contactColumns';
import type { FilterCondition } from '@shared/domain/filters/filterTypes';
import type { ReferenceNames } from '../hooks/useReferenceNames';

export type FilterValueInputProps = {
  column: ContactColumn;
  operator: string;
  value: FilterCondition['value'];
  onChange: (value: FilterCondition['value']) => void;
  names: ReferenceNames;
};

function choicesFor(column: ContactColumn, names: ReferenceNames): Array<{ value: string; label: string }> {
  const fromMap = (map: Map<string, string>) => [...map].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  if (column.id === 'ownerId') return fromMap(names.owners);
  if (column.id === 'companyIds') return fromMap(names.companies);
  if (column.id === 'listIds') return fromMap(names.lists);
  if (column.id === 'tagIds') return fromMap(new Map([...names.tags].map(([id, tag]) => [id, tag.name])));
  return column.options ?? [];
}

// The value control that fits the column's type and the chosen operator.
export function FilterValueInput({ column, operator, value, onChange, names }: FilterValueInputProps) {
  if (operator === 'inLastDays') {
    return <NumberInput label="Days" min={1} value={typeof value === 'number' ? value : ''} onChange={(next) => onChange(typeof next === 'number' ? next : null)} />;
  }
  if (operator === 'between') {
    const [low, high] = Array.isArray(value) ? value : [null, null];
    return (
      <Group grow>
        <NumberInput label="From" value={typeof low === 'number' ? low : ''} onChange={(next) => onChange([Number(next), Number(high ?? 0)])} />
        <NumberInput label="To" value={typeof high === 'number' ? high : ''} onChange={(next) => onChange([Number(low ?? 0), Number(next)])} />
      </Group>
    );
  }
  switch (column.type) {
    case 'integer':
    case 'float':
      return <NumberInput label="Value" value={typeof value === 'number' ? value : ''} onChange={(next) => onChange(typeof next === 'number' ? next : null)} />;
    case 'date':
    case 'datetime':
      return <TextInput label="Date" type="date" value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'choice':
    case 'multichoice':
    case 'idSet':
    case 'reference':
      return (
        <MultiSelect
          label="Values"
          data={choicesFor(column, names)}
          value={Array.isArray(value) ? value.map(String) : []}
          onChange={onChange}
          searchable
          comboboxProps={{ withinPortal: false }}
        />
      );
    default:
      return <TextInput label="Value" value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.currentTarget.value)} />;
  }
}
