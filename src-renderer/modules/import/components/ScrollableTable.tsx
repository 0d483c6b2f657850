import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

export type ScrollableTableProps = { label: string; maxHeight: number; children: ReactNode };

// A wide or long table scrolls in its own box, which keyboard users can focus to scroll.
export function ScrollableTable({ label, maxHeight, children }: ScrollableTableProps) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflow: 'auto', maxHeight }}>
      {children}
    </Box>
  );
}
