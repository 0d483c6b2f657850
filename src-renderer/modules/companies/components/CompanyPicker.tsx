import { Select } from '@mantine/core';
import { useState } from 'react';
import { useCompanyOptions, type CompanyOption } from '../hooks/useCompanyOptions';

export type CompanyPickerProps = { value: CompanyOption | null; onChange: (company: CompanyOption | null) => void };

// Finds a company by name or domain as you type.
export function CompanyPicker({ value, onChange }: CompanyPickerProps) {
  const [search, setSearch] = useState('');
  const found = useCompanyOptions(search);
  // The chosen company stays an option after the search text changes.
  const options = value && !found.some((option) => option.value === value.value) ? [value, ...found] : found;
  return (
    <Select
      label="Company"
      placeholder="Type a name or domain"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      // The index already matched; Mantine's own filter would drop companies found by domain.
      filter={({ options: all }) => all}
      nothingFoundMessage={search ? 'No company matches' : 'Start typing to search'}
      value={value?.value ?? null}
      onChange={(id) => onChange(options.find((option) => option.value === id) ?? null)}
      comboboxProps={{ withinPortal: false }}
    />
  );
}
