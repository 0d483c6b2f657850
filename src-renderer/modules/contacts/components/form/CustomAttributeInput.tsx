import { type MantineSize, MultiSelect, NumberInput, Select, Switch, TextInput } from '@mantine/core';
import type { FormAttribute } from '../../utils/contactFormValues';
import { hintBelow, labelProps, type FieldInputProps } from './fieldInputProps';

export type CustomAttributeInputProps = {
  attribute: FormAttribute;
  inputProps: FieldInputProps;
  hideLabel?: boolean;
  autoFocus?: boolean;
  // The capture form's large type.
  size?: MantineSize;
};

// The control that fits the attribute's type; values are the form values of contactFormValues.
export function CustomAttributeInput({ attribute, inputProps, hideLabel, autoFocus, size }: CustomAttributeInputProps) {
  const { value, onChange, error, onBlur, onFocus } = inputProps;
  const common = { ...labelProps(attribute.label, hideLabel, autoFocus), size, error, onBlur, onFocus };
  const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  // A select that takes the focus on its own (inline editing) is there to be picked from.
  const select = { ...common, defaultDropdownOpened: autoFocus, data: attribute.options, clearable: true, placeholder: empty ? 'None' : undefined };
  const text = typeof value === 'string' ? value : '';
  switch (attribute.type) {
    case 'text':
      return <TextInput {...common} value={text} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'integer':
    case 'float':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : text}
          onChange={onChange}
          step={attribute.type === 'integer' ? 1 : 0.1}
          description={attribute.type === 'integer' ? 'A whole number' : undefined}
          inputWrapperOrder={hintBelow}
        />
      );
    case 'boolean':
      return <Switch {...common} mt={hideLabel ? 0 : 'lg'} checked={value === true} onChange={(event) => onChange(event.currentTarget.checked)} />;
    case 'date':
      return <TextInput {...common} type="date" value={text} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'datetime':
      return <TextInput {...common} type="datetime-local" value={text} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'choice':
      return <Select {...select} value={typeof value === 'string' ? value : null} onChange={onChange} />;
    case 'multichoice':
      return <MultiSelect {...select} value={Array.isArray(value) ? (value as string[]) : []} onChange={onChange} />;
  }
}
