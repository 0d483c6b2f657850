import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

export type VisibleRange = { start: number; end: number };

export type VirtualListProps = {
  label: string;
  itemCount: number;
  itemHeight: number;
  renderItem: (index: number) => ReactNode;
  // For lists that page rows in as they come into view.
  onVisibleRangeChange?: (range: VisibleRange) => void;
  // Items drawn beyond each edge of the view; tall items want fewer for the same distance.
  overscan?: number;
};

// Renders only the rows in view, so a list of 100,000 records costs as much as one of 30.
export function VirtualList({ label, itemCount, itemHeight, renderItem, onVisibleRangeChange, overscan = 12 }: VirtualListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: itemCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => itemHeight,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = items.at(-1)?.index ?? -1;

  useEffect(() => {
    onVisibleRangeChange?.({ start, end });
  }, [start, end, onVisibleRangeChange]);

  return (
    <Box ref={scrollRef} role="region" aria-label={`${label}, scrollable`} tabIndex={0} style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>
      <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => (
          <div
            key={item.key}
            role="listitem"
            aria-posinset={item.index + 1}
            aria-setsize={itemCount}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}
          >
            {renderItem(item.index)}
          </div>
        ))}
      </div>
    </Box>
  );
}
