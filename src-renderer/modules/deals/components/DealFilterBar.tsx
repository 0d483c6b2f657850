import { Button, Group, Select, TextInput } from '@mantine/core';
import { dealStatuses } from '@shared/domain/deal';
import { isDealFilterEmpty } from '@shared/domain/deals/dealFilter';
import { dealStatusLabels } from '@shared/domain/deals/dealStatus';
import { IconFilterOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { useDealViewStore } from '../states/dealViewStore';

export type DealFilterBarProps = { names: ReferenceNames };

const statusOptions = [{ value: 'all', label: 'Any status' }, ...dealStatuses.map((status) => ({ value: status, label: dealStatusLabels[status] }))];

function options(names: ReadonlyMap<string, string>) {
  return [...names].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

// Status, owner, company, tag of a linked contact and the expected close date range.
export function DealFilterBar({ names }: DealFilterBarProps) {
  const { filter, setFilter, clearFilter } = useDealViewStore(useShallow(({ filter, setFilter, clearFilter }) => ({ filter, setFilter, clearFilter })));
  const owners = useMemo(() => options(names.owners), [names.owners]);
  const companies = useMemo(() => options(names.companies), [names.companies]);
  const tags = useMemo(() => options(new Map([...names.tags].map(([id, tag]) => [id, tag.name]))), [names.tags]);
  return (
    <Group gap="xs" mb="sm" align="flex-end" role="search" aria-label="Deal filters">
      <Select label="Status" size="xs" w={130} data={statusOptions} value={filter.status} allowDeselect={false} onChange={(status) => setFilter({ status: (status ?? 'open') as typeof filter.status })} />
      <Select label="Owner" size="xs" w={160} placeholder="Anyone" data={owners} value={filter.ownerId} clearable searchable onChange={(ownerId) => setFilter({ ownerId })} />
      <Select label="Company" size="xs" w={180} placeholder="Any company" data={companies} value={filter.companyId} clearable searchable limit={50} onChange={(companyId) => setFilter({ companyId })} />
      <Select label="Contact tag" size="xs" w={150} placeholder="Any tag" data={tags} value={filter.tagId} clearable searchable onChange={(tagId) => setFilter({ tagId })} />
      <TextInput label="Closing from" size="xs" type="date" value={filter.closeFrom} onChange={(event) => setFilter({ closeFrom: event.currentTarget.value })} />
      <TextInput label="Closing by" size="xs" type="date" value={filter.closeTo} onChange={(event) => setFilter({ closeTo: event.currentTarget.value })} />
      {!isDealFilterEmpty(filter) && (
        <Button size="xs" variant="subtle" leftSection={<IconFilterOff size={14} aria-hidden />} onClick={clearFilter}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
