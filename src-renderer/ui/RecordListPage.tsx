import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';
import { VirtualList, type VisibleRange } from './VirtualList';

export type RecordListPageProps = {
  title: string;
  countLabel: (count: number) => string;
  ids: string[] | undefined;
  itemHeight?: number;
  renderItem: (id: string) => ReactNode;
  onVisibleRangeChange: (range: VisibleRange) => void;
  empty: ReactNode;
  actions?: ReactNode;
};

// A section page: title, live count and a virtual list, or the empty state when there is nothing.
export function RecordListPage({ title, countLabel, ids, itemHeight = 56, renderItem, onVisibleRangeChange, empty, actions }: RecordListPageProps) {
  const count = ids?.length;
  return (
    <Stack gap={0} h="100%">
      <PageHeader title={title} subtitle={count === undefined ? 'Loading…' : countLabel(count)} actions={actions} />
      {count === 0 ? (
        empty
      ) : (
        <VirtualList
          label={title}
          itemCount={count ?? 0}
          itemHeight={itemHeight}
          renderItem={(index) => renderItem(ids?.[index] ?? '')}
          onVisibleRangeChange={onVisibleRangeChange}
        />
      )}
    </Stack>
  );
}
