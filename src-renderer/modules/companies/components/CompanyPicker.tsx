import { useState } from 'react';
import { RecordSearchSelect } from '../../../ui/RecordSearchSelect';
import { useCompanyOptions, type CompanyOption } from '../hooks/useCompanyOptions';

export type CompanyPickerProps = { value: CompanyOption | null; onChange: (company: CompanyOption | null) => void };

// Finds a company by name or domain as you type.
export function CompanyPicker({ value, onChange }: CompanyPickerProps) {
  const [search, setSearch] = useState('');
  return (
    <RecordSearchSelect
      label="Company"
      placeholder="Type a name or domain"
      noMatchMessage="No company matches"
      search={search}
      onSearchChange={setSearch}
      found={useCompanyOptions(search)}
      value={value}
      onChange={onChange}
      withinPortal={false}
    />
  );
}
