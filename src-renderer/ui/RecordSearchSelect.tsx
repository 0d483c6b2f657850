import { Select } from '@mantine/core';

export type SearchSelectOption = { value: string; label: string };

export type RecordSearchSelectProps<Option extends SearchSelectOption> = {
  label: string;
  placeholder: string;
  noMatchMessage: string;
  search: string;
  onSearchChange: (search: string) => void;
  // What the caller's index search found for `search`.
  found: Option[];
  value: Option | null;
  onChange: (option: Option | null) => void;
  error?: string;
  withinPortal?: boolean;
};

// Picks one record found by a search the caller runs as the user types.
export function RecordSearchSelect<Option extends SearchSelectOption>({ label, placeholder, noMatchMessage, search, onSearchChange, found, value, onChange, error, withinPortal = true }: RecordSearchSelectProps<Option>) {
  // The chosen record stays an option after the search text changes.
  const options = value && !found.some((option) => option.value === value.value) ? [value, ...found] : found;
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      searchValue={search}
      onSearchChange={onSearchChange}
      data={options}
      // The caller's search already matched; Mantine's own filter would drop records found by another word.
      filter={({ options: all }) => all}
      nothingFoundMessage={search ? noMatchMessage : 'Start typing to search'}
      value={value?.value ?? null}
      onChange={(id) => onChange(options.find((option) => option.value === id) ?? null)}
      error={error}
      comboboxProps={{ withinPortal }}
    />
  );
}
