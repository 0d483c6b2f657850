import { Select } from '@mantine/core';
import { useState } from 'react';
import { useContactOptions, type ContactOption } from '../hooks/useContactOptions';

export type ContactPickerProps = { value: ContactOption | null; onChange: (contact: ContactOption | null) => void; error?: string };

// Finds a contact by name, email or phone as you type.
export function ContactPicker({ value, onChange, error }: ContactPickerProps) {
  const [search, setSearch] = useState('');
  const found = useContactOptions(search);
  // The chosen contact stays an option after the search text changes.
  const options = value && !found.some((option) => option.value === value.value) ? [value, ...found] : found;
  return (
    <Select
      label="Contact"
      placeholder="Type a name, email or phone"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      // The index already matched; Mantine's own filter would drop contacts found by email.
      filter={({ options: all }) => all}
      nothingFoundMessage={search ? 'No contact matches' : 'Start typing to search'}
      value={value?.value ?? null}
      onChange={(id) => onChange(options.find((option) => option.value === id) ?? null)}
      error={error}
    />
  );
}
