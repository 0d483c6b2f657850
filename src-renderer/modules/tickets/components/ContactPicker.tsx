import { useState } from 'react';
import { RecordSearchSelect } from '../../../ui/RecordSearchSelect';
import { useContactOptions, type ContactOption } from '../hooks/useContactOptions';

export type ContactPickerProps = { value: ContactOption | null; onChange: (contact: ContactOption | null) => void; error?: string };

// Finds a contact by name, email or phone as you type.
export function ContactPicker({ value, onChange, error }: ContactPickerProps) {
  const [search, setSearch] = useState('');
  return (
    <RecordSearchSelect
      label="Contact"
      placeholder="Type a name, email or phone"
      noMatchMessage="No contact matches"
      search={search}
      onSearchChange={setSearch}
      found={useContactOptions(search)}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
