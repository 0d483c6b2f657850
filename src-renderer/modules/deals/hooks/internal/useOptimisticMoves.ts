import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StoredRecord } from '../../../../db/rowTypes';

type Deal = StoredRecord<'deals'>;
type Placement = { stageId: string; position: string };

// A dropped card shows in its new place at once. The write commits within milliseconds, but
// the live query then re-reads the whole pipeline (thousands of deals) before the board would
// redraw; until that result arrives, the moves made here are laid over the deals.
export function useOptimisticMoves(deals: Deal[], commit: (deal: Deal, stageId: string, position: string) => Promise<unknown>) {
  const [pending, setPending] = useState<ReadonlyMap<string, Placement>>(new Map());
  // Moves whose write has committed: the next live result already holds them.
  const committed = useRef(new Set<string>());

  useEffect(() => {
    if (committed.current.size === 0) return;
    const settled = committed.current;
    committed.current = new Set();
    setPending((current) => new Map([...current].filter(([dealId]) => !settled.has(dealId))));
  }, [deals]);

  const shown = useMemo(() => {
    if (pending.size === 0) return deals;
    return deals.map((deal) => {
      const placed = pending.get(deal.id);
      return placed ? { ...deal, ...placed } : deal;
    });
  }, [deals, pending]);

  const move = useCallback(
    (deal: Deal, stageId: string, position: string) => {
      setPending((current) => new Map(current).set(deal.id, { stageId, position }));
      commit(deal, stageId, position)
        .then(() => committed.current.add(deal.id))
        // A failed write (reported by `commit`) puts the card back.
        .catch(() => setPending((current) => new Map([...current].filter(([dealId]) => dealId !== deal.id))));
    },
    [commit],
  );
  return { shown, move };
}
