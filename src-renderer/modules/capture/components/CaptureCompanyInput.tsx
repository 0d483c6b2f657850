import { Autocomplete } from '@mantine/core';
import { foldText } from '@shared/text/foldText';
import { useCompanyOptions } from '../../companies/hooks/useCompanyOptions';

export type CaptureCompanyInputProps = {
  value: string;
  error?: React.ReactNode;
  onChange: (name: string, companyId: string | null) => void;
};

// Free text with the existing companies offered as you type (the company picker's search):
// picking one joins it, a new name creates the company on save.
export function CaptureCompanyInput({ value, error, onChange }: CaptureCompanyInputProps) {
  const options = useCompanyOptions(value);
  return (
    <Autocomplete
      label="Company"
      size="lg"
      value={value}
      data={options}
      // The index search already matched by word prefixes.
      filter={({ options: all }) => all}
      error={error}
      onChange={(text) => onChange(text, options.find((option) => foldText(option.label) === foldText(text.trim()))?.value ?? null)}
      onOptionSubmit={(companyId) => onChange(options.find((option) => option.value === companyId)?.label ?? value, companyId)}
      comboboxProps={{ withinPortal: false }}
    />
  );
}
