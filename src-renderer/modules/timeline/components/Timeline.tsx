import { Box, Center, Loader, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, type ReactNode } from 'react';
import { useLoadMoreNearEnd } from '../hooks/useLoadMoreNearEnd';
import { groupTimelineByDay } from '../utils/groupTimelineByDay';
import type { TimelineEntry } from '../utils/timelineEntry';
import { TimelineEntryCard } from './TimelineEntryCard';

export type TimelineProps = {
  // Names the scrollable region ("Timeline", "Events").
  label: string;
  // Newest first; undefined while loading.
  entries: TimelineEntry[] | undefined;
  hasMore: boolean;
  onLoadMore: () => void;
  // What appears here, said when there is nothing yet.
  empty: ReactNode;
  height?: string;
};

const estimatedRowHeight = { day: 44, entry: 76, more: 48 };

// A virtual, day-grouped timeline: only the rows in view are in the DOM, rows are measured as
// they render (notes vary in height), and older entries load as the reader nears the end.
export function Timeline({ label, entries, hasMore, onLoadMore, empty, height = 'max(360px, 60dvh)' }: TimelineProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => groupTimelineByDay(entries ?? [], new Date()), [entries]);
  const count = rows.length + (hasMore ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimatedRowHeight[rows[index]?.type ?? 'more'],
    getItemKey: (index) => rows[index]?.key ?? 'more',
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  useLoadMoreNearEnd(items.at(-1)?.index, count, hasMore, onLoadMore);

  if (entries === undefined) {
    return (
      <Center h={120}>
        <Loader aria-label={`Loading ${label.toLowerCase()}`} />
      </Center>
    );
  }
  if (entries.length === 0) return <>{empty}</>;

  return (
    <Box ref={scrollRef} role="region" aria-label={label} tabIndex={0} h={height} style={{ overflowY: 'auto' }}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)`, paddingInline: 4 }}
            >
              {row === undefined ? (
                <Text size="sm" c="dimmed" ta="center" py="sm">
                  Loading older activity…
                </Text>
              ) : row.type === 'day' ? (
                <Title order={3} size="h6" pt="md" pb={4} c="dimmed" tt="uppercase">
                  {row.label}
                </Title>
              ) : (
                <TimelineEntryCard entry={row.entry} />
              )}
            </div>
          );
        })}
      </div>
    </Box>
  );
}
