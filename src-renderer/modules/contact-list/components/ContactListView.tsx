import { Group, Progress, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useMemo } from 'react';
import { searchTokens } from '@shared/text/foldText';
import { ColumnsMenu } from '../../../ui/ColumnsMenu';
import { EmptyState } from '../../../ui/EmptyState';
import { ExportContactsButton } from '../../export/components/ExportContactsButton';
import { PageHeader } from '../../../ui/PageHeader';
import { formatCount } from '../../../ui/utils/formatCount';
import { useContactColumns } from '../hooks/useContactColumns';
import { useContactQuery } from '../hooks/useContactQuery';
import { useFirstContactsPreview } from '../hooks/useFirstContactsPreview';
import { useReferenceNames } from '../hooks/useReferenceNames';
import { useContactFilterStore } from '../states/contactFilterStore';
import { defaultContactColumns, useContactViewStore } from '../states/contactViewStore';
import { ContactBulkActions } from './ContactBulkActions';
import { FilterBar } from './FilterBar';
import { ContactSearchInput } from './ContactSearchInput';
import { ContactTable } from './ContactTable';

export type ContactListViewProps = {
  actions?: React.ReactNode;
  title?: string;
  // Only these contacts (a segment's, tag's or list's), with the same search, filters, sort and bulk actions.
  restrictTo?: ReadonlySet<string>;
  // What to say when `restrictTo` is empty.
  emptyState?: { title: string; body: string };
};

const noContactsYet = { title: 'No contacts yet', body: 'Contacts you add, capture at events, import from CSV or receive through sync will be listed here.' };

export function ContactListView({ actions, title = 'Contacts', restrictTo, emptyState = noContactsYet }: ContactListViewProps) {
  const columns = useContactColumns();
  const names = useReferenceNames();
  const { search, conditions } = useContactFilterStore();
  const sort = useContactViewStore((state) => state.sort);
  const shownColumns = useContactViewStore((state) => state.columns);
  const setColumns = useContactViewStore((state) => state.setColumns);
  const query = useMemo(() => ({ search, conditions, sort }), [search, conditions, sort]);
  const companyTokens = useMemo(() => new Map([...names.companies].map(([id, name]) => [id, searchTokens(name)])), [names.companies]);
  const { snapshot, state, ids: queried } = useContactQuery(query, columns, companyTokens);
  const ids = useMemo(() => (restrictTo ? queried.filter((id) => restrictTo.has(id)) : queried), [queried, restrictTo]);
  const total = restrictTo ? restrictTo.size : state.total;
  const loading = state.status === 'loading' && !restrictTo;
  const preview = useFirstContactsPreview(loading);
  const previewById = useMemo(() => new Map((preview ?? []).map((contact) => [contact.id, contact])), [preview]);
  const filtering = search.trim() !== '' || conditions.length > 0;

  const subtitle = loading
    ? formatCount(total, 'contact')
    : filtering
      ? `${formatCount(ids.length, 'matching contact')} of ${total.toLocaleString()}`
      : formatCount(ids.length, 'contact');

  return (
    <Stack gap="sm" h="100%">
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      <Group justify="space-between" align="flex-start" gap="sm">
        <Group gap="sm" align="flex-start">
          <ContactSearchInput />
          <FilterBar columns={columns} names={names} useFilterStore={useContactFilterStore} />
        </Group>
        <Group gap="sm">
          {!loading && <ExportContactsButton ids={ids} title={title} columns={columns} names={names} contactOf={(id) => snapshot.get(id)} />}
          <ColumnsMenu all={columns.all} shown={shownColumns} defaults={defaultContactColumns} onChange={setColumns} />
        </Group>
      </Group>
      {loading && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            Preparing search and filters: {state.loaded.toLocaleString()} of {state.total.toLocaleString()} contacts read
          </Text>
          <Progress size="xs" value={(state.loaded / Math.max(state.total, 1)) * 100} aria-label="Preparing search and filters" />
        </Stack>
      )}
      {!loading && <ContactBulkActions ids={ids} snapshot={snapshot} columns={columns} names={names} />}
      {!loading && total === 0 ? (
        <EmptyState icon={IconUsers} title={emptyState.title}>
          {emptyState.body}
        </EmptyState>
      ) : !loading && ids.length === 0 ? (
        <EmptyState icon={IconUsers} title="No contact matches">
          Change the search or remove a filter to see more contacts.
        </EmptyState>
      ) : (
        <ContactTable
          ids={loading ? (preview ?? []).map((contact) => contact.id) : ids}
          getContact={(id) => (loading ? previewById.get(id) : snapshot.get(id))}
          columns={columns}
          names={names}
        />
      )}
    </Stack>
  );
}
