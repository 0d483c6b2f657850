import { Select, Textarea, TextInput } from '@mantine/core';
import { contactStatuses } from '@shared/domain/contact';
import { homeCountry } from '../../utils/homeCountry';
import type { ContactFormField } from './contactFormFields';
import { countryName, countryOptionsWith } from './countryOptions';
import { CustomAttributeInput } from './CustomAttributeInput';
import { hintBelow, labelProps, type FieldInputProps } from './fieldInputProps';
import type { OwnerOption } from './useOwnerOptions';

export type ContactFieldInputProps = {
  field: ContactFormField;
  inputProps: FieldInputProps;
  owners: OwnerOption[];
  hideLabel?: boolean;
  autoFocus?: boolean;
};

const phoneHint = homeCountry ? `Numbers without a + country code are read as ${countryName(homeCountry)} numbers` : 'Start with + and the country code';

// The control for one contact field, used by the contact form and by inline editing alike.
export function ContactFieldInput({ field, inputProps, owners, hideLabel, autoFocus }: ContactFieldInputProps) {
  if ('attribute' in field) return <CustomAttributeInput attribute={field.attribute} inputProps={inputProps} hideLabel={hideLabel} autoFocus={autoFocus} />;
  const { value, onChange, error, onBlur, onFocus } = inputProps;
  const common = { ...labelProps(field.label, hideLabel, autoFocus), error, onBlur, onFocus };
  // A select that takes the focus on its own (inline editing) is there to be picked from.
  const select = { ...common, defaultDropdownOpened: autoFocus };
  const text = typeof value === 'string' ? value : '';
  const textProps = { ...common, value: text, onChange: (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value) };
  switch (field.control) {
    case 'text':
      return <TextInput {...textProps} />;
    case 'email':
      return <TextInput {...textProps} type="email" autoComplete="off" />;
    case 'phone':
      return <TextInput {...textProps} type="tel" autoComplete="off" description={phoneHint} inputWrapperOrder={hintBelow} />;
    case 'url':
      return <TextInput {...textProps} type="url" placeholder="https://" />;
    case 'language':
      return <TextInput {...textProps} description="A language code like en or pt-BR" inputWrapperOrder={hintBelow} />;
    case 'longText':
      return <Textarea {...textProps} autosize minRows={3} maxRows={12} />;
    case 'status':
      return <Select {...select} data={[...contactStatuses]} allowDeselect={false} value={text} onChange={onChange} />;
    case 'owner':
      return <Select {...select} data={owners} searchable clearable placeholder="No owner" nothingFoundMessage="No such team member" value={text || null} onChange={onChange} />;
    case 'country':
      return (
        <Select
          {...select}
          data={countryOptionsWith(text)}
          searchable
          clearable
          placeholder="Pick a country"
          nothingFoundMessage="No such country"
          value={text || null}
          onChange={(code) => onChange(code ?? '')}
        />
      );
  }
}
