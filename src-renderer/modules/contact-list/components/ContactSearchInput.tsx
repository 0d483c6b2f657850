import { CloseButton, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef } from 'react';
import { useContactFilterStore } from '../states/contactFilterStore';

// "/" jumps to the search box, as in most list-heavy apps.
export function ContactSearchInput() {
  const { search, setSearch } = useContactFilterStore();
  const inputRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => inputRef.current?.focus()]]);
  return (
    <TextInput
      ref={inputRef}
      value={search}
      onChange={(event) => setSearch(event.currentTarget.value)}
      placeholder="Search name, email, phone, company, external id"
      aria-label="Search contacts"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={search ? <CloseButton aria-label="Clear search" onClick={() => setSearch('')} /> : null}
      w={{ base: '100%', sm: 380 }}
    />
  );
}
