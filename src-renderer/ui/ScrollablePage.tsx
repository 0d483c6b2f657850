import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

export type ScrollablePageProps = { children: ReactNode; label?: string };

// The main area has a fixed height (so tables can virtualize); pages taller than it scroll here.
export function ScrollablePage({ children, label }: ScrollablePageProps) {
  return (
    <Box style={{ flex: 1, minHeight: 0, overflowY: 'auto' }} p={4} m={-4} {...(label ? { role: 'region', 'aria-label': label } : {})}>
      {children}
    </Box>
  );
}
