import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTaskLinkOptions, type TaskLinkKind } from '../hooks/internal/useTaskLinkOptions';

export type TaskLinkSelectProps = { kind: TaskLinkKind; label: string; value: string | null; onChange: (id: string | null) => void };

// Links a task to a contact, company or deal found by name as you type.
export function TaskLinkSelect({ kind, label, value, onChange }: TaskLinkSelectProps) {
  const [search, setSearch] = useState('');
  const options = useTaskLinkOptions(kind, search, value);
  return (
    <Select
      label={label}
      placeholder="Type to search"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      // The index already matched; Mantine's own filter would drop contacts found by email.
      filter={({ options: all }) => all}
      nothingFoundMessage={search ? 'Nothing matches' : 'Start typing to search'}
      value={value}
      onChange={onChange}
    />
  );
}
