import { Center, Group, Loader, Stack } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { useMemo } from 'react';
import { defaultCompanyColumnIds } from '@shared/domain/companies/companyColumns';
import { queryCompanies } from '@shared/domain/companies/queryCompanies';
import { ColumnsMenu } from '../../../ui/ColumnsMenu';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { formatCount } from '../../../ui/utils/formatCount';
import { FilterBar } from '../../contact-list/components/FilterBar';
import { ExportCompaniesButton } from '../../export/components/ExportCompaniesButton';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { useCompanyColumns } from '../hooks/useCompanyColumns';
import { useCompanyRows } from '../hooks/useCompanyRows';
import { useOwnerNames } from '../hooks/useOwnerNames';
import { useCompanyFilterStore } from '../states/companyFilterStore';
import { useCompanyViewStore } from '../states/companyViewStore';
import { CompanyBulkActions } from './CompanyBulkActions';
import { CompanySearchInput } from './CompanySearchInput';
import { CompanyTable } from './CompanyTable';
import { NewCompanyButton } from './NewCompanyButton';

// The Companies section: every company in memory, searched, filtered and sorted with the
// contacts table's rules, and shown as a virtual table.
export function CompaniesView() {
  const rows = useCompanyRows();
  const columns = useCompanyColumns();
  const owners = useOwnerNames();
  const { search, conditions } = useCompanyFilterStore();
  const sort = useCompanyViewStore((state) => state.sort);
  const shownColumns = useCompanyViewStore((state) => state.columns);
  const setColumns = useCompanyViewStore((state) => state.setColumns);
  // The filter controls name owners; companies have no tags or lists.
  const names = useMemo<ReferenceNames>(() => ({ owners: new Map(owners), companies: new Map(), tags: new Map(), lists: new Map() }), [owners]);
  const rowsById = useMemo(() => new Map((rows ?? []).map((row) => [row.id, row])), [rows]);
  const ids = useMemo(() => queryCompanies(rows ?? [], { search, conditions, sort }, columns.typeOf), [rows, search, conditions, sort, columns]);
  const total = rows?.length ?? 0;
  const filtering = search.trim() !== '' || conditions.length > 0;
  const subtitle = filtering ? `${formatCount(ids.length, 'matching company', 'matching companies')} of ${total.toLocaleString()}` : formatCount(total, 'company', 'companies');

  return (
    <Stack gap="sm" h="100%">
      <PageHeader title="Companies" subtitle={rows ? subtitle : undefined} actions={<NewCompanyButton />} />
      <Group justify="space-between" align="flex-start" gap="sm">
        <Group gap="sm" align="flex-start">
          <CompanySearchInput />
          <FilterBar columns={columns} names={names} useFilterStore={useCompanyFilterStore} />
        </Group>
        <Group gap="sm">
          {rows && total > 0 && <ExportCompaniesButton ids={ids} rowsById={rowsById} columns={columns} owners={owners} />}
          <ColumnsMenu all={columns.all} shown={shownColumns} defaults={defaultCompanyColumnIds} onChange={setColumns} />
        </Group>
      </Group>
      {rows === undefined ? (
        <Center h={200}>
          <Loader aria-label="Loading companies" />
        </Center>
      ) : total === 0 ? (
        <EmptyState icon={IconBuilding} title="No companies yet">
          Add a company with New company, import companies with your contacts, or turn on creating companies by email domain in Settings.
        </EmptyState>
      ) : (
        <>
          <CompanyBulkActions ids={ids} columns={columns} owners={owners} />
          {ids.length === 0 ? (
            <EmptyState icon={IconBuilding} title="No company matches">
              Change the search or remove a filter to see more companies.
            </EmptyState>
          ) : (
            <CompanyTable ids={ids} rowsById={rowsById} columns={columns} owners={owners} />
          )}
        </>
      )}
    </Stack>
  );
}
