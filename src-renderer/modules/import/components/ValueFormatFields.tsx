import { Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import type { DateOrder, ValueFormat } from '@shared/import/importTypes';
import { countryOptionsWith } from '../../contacts/components/form/countryOptions';

export type ValueFormatFieldsProps = {
  value: ValueFormat;
  onChange: (value: ValueFormat) => void;
  // Only contacts have phone numbers.
  withPhoneCountry: boolean;
};

const dateOrderOptions: Array<{ value: DateOrder; label: string }> = [
  { value: 'DMY', label: 'Day first (31/12/2025)' },
  { value: 'MDY', label: 'Month first (12/31/2025)' },
];
const decimalOptions = [
  { value: '.', label: 'Point (1,234.56)' },
  { value: ',', label: 'Comma (1.234,56)' },
];

// How the file writes dates, numbers and several values in one cell.
export function ValueFormatFields({ value, onChange, withPhoneCountry }: ValueFormatFieldsProps) {
  const set = (change: Partial<ValueFormat>) => onChange({ ...value, ...change });
  return (
    <>
      <Title order={3} size="h5">
        How values are written
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Dates like 03/04/2025" data={dateOrderOptions} value={value.dateOrder} allowDeselect={false} onChange={(next) => next && set({ dateOrder: next as DateOrder })} />
        <Select label="Decimal mark" data={decimalOptions} value={value.decimalSeparator} allowDeselect={false} onChange={(next) => next && set({ decimalSeparator: next as '.' | ',' })} />
        <TextInput
          label="Separator of several values"
          description="Between tags, lists and choices in one cell"
          value={value.multiValueSeparator}
          onChange={(event) => set({ multiValueSeparator: event.currentTarget.value })}
        />
        {withPhoneCountry && (
          <Select
            label="Country of phone numbers without +"
            data={countryOptionsWith(value.defaultCountry)}
            value={value.defaultCountry || null}
            searchable
            clearable
            onChange={(next) => set({ defaultCountry: next ?? '' })}
          />
        )}
      </SimpleGrid>
    </>
  );
}
