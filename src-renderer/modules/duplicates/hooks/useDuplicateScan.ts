import { useCallback, useEffect, useState } from 'react';
import type { DuplicatePair } from '@shared/domain/duplicates/duplicateTypes';
import { useDatabase } from '../../../db/DatabaseProvider';
import { findDuplicatePairsOffThread } from '../utils/findDuplicatePairsOffThread';
import { readDuplicateCandidates } from '../utils/readDuplicateCandidates';

export type DuplicateScan =
  | { status: 'reading'; read: number; total: number }
  | { status: 'comparing'; total: number }
  | { status: 'ready'; total: number; pairs: DuplicatePair[]; startedAt: string }
  | { status: 'failed'; message: string };

// Finds duplicate pairs once per visit (and on rescan) from a snapshot of the contacts: comparing
// takes a few hundred milliseconds for 100,000 contacts (in a worker), too much to repeat on every change.
export function useDuplicateScan(): { scan: DuplicateScan; rescan: () => void } {
  const { db } = useDatabase();
  const [scan, setScan] = useState<DuplicateScan>({ status: 'reading', read: 0, total: 0 });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const comparing = new AbortController();
    const startedAt = new Date().toISOString();
    const run = async () => {
      const candidates = await readDuplicateCandidates(db, (read, total) => {
        if (!cancelled) setScan({ status: 'reading', read, total });
      });
      if (cancelled) return;
      setScan({ status: 'comparing', total: candidates.length });
      const pairs = await findDuplicatePairsOffThread(candidates, comparing.signal);
      if (!cancelled) setScan({ status: 'ready', total: candidates.length, pairs, startedAt });
    };
    run().catch((error: unknown) => {
      if (!cancelled) setScan({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      cancelled = true;
      comparing.abort();
    };
  }, [db, round]);

  const rescan = useCallback(() => {
    setScan({ status: 'reading', read: 0, total: 0 });
    setRound((value) => value + 1);
  }, []);
  return { scan, rescan };
}
