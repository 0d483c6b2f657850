import { useEffect } from 'react';

const threshold = 10;

// Asks for the next page once the last rendered row is within a few rows of the end.
export function useLoadMoreNearEnd(lastRenderedIndex: number | undefined, rowCount: number, hasMore: boolean, loadMore: () => void): void {
  useEffect(() => {
    if (hasMore && lastRenderedIndex !== undefined && lastRenderedIndex >= rowCount - threshold) loadMore();
  }, [lastRenderedIndex, rowCount, hasMore, loadMore]);
}
