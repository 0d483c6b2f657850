import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCompanyFilterStore } from '../states/companyFilterStore';

export function CompanySearchInput() {
  const { search, setSearch } = useCompanyFilterStore();
  return (
    <TextInput
      value={search}
      onChange={(event) => setSearch(event.currentTarget.value)}
      placeholder="Search name or domain"
      aria-label="Search companies"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={search ? <CloseButton aria-label="Clear search" onClick={() => setSearch('')} /> : null}
      w={{ base: '100%', sm: 320 }}
    />
  );
}
