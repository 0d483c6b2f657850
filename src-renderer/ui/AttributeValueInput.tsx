import { Select, TextInput } from '@mantine/core';
import type { ContactColumn } from '@shared/domain/contactColumns';

export type AttributeValueInputProps = {
  column: Pick<ContactColumn, 'type' | 'options'>;
  // As typed: the caller converts it for the column's type.
  value: string;
  onChange: (value: string) => void;
};

const inputTypes: Partial<Record<ContactColumn['type'], string>> = { date: 'date', datetime: 'datetime-local', integer: 'number', float: 'number' };

// "New value" of a bulk "Set attribute": a choice of the options (or yes/no), else a typed input.
export function AttributeValueInput({ column, value, onChange }: AttributeValueInputProps) {
  if (column.type === 'choice' || column.type === 'boolean') {
    return (
      <Select
        label="New value"
        data={column.type === 'boolean' ? [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] : (column.options ?? [])}
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        clearable
        comboboxProps={{ withinPortal: false }}
      />
    );
  }
  return <TextInput label="New value" type={inputTypes[column.type] ?? 'text'} value={value} onChange={(event) => onChange(event.currentTarget.value)} />;
}
