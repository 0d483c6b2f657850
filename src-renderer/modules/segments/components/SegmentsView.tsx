import { IconFilter } from '@tabler/icons-react';
import { PageHeader } from '../../../ui/PageHeader';
import { EmptyState } from '../../../ui/EmptyState';

export function SegmentsView() {
  return (
    <>
      <PageHeader title="Segments" />
      <EmptyState icon={IconFilter} title="Segments are coming">
        Here you will build live groups of contacts from conditions on their attributes, companies, tags, lists and events, with counts that update as data changes.
      </EmptyState>
    </>
  );
}
