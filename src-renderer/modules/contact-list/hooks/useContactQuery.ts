import { useMemo, useSyncExternalStore } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { contactSnapshotFor, type CompanyTokens, type ContactQuery, type ContactSnapshot, type SnapshotState } from '../utils/contactSnapshot';
import type { ContactColumns } from './useContactColumns';

const noIds: string[] = [];

export type ContactQueryResult = { snapshot: ContactSnapshot; state: SnapshotState; ids: string[] };

// The ids matching the current search, filters and sort, recomputed when any of them or the
// contacts change. While the snapshot loads the view shows the index preview, so no query runs.
export function useContactQuery(query: ContactQuery, columns: ContactColumns, companyTokens: CompanyTokens): ContactQueryResult {
  const { db, mutations } = useDatabase();
  const snapshot = contactSnapshotFor(db, mutations);
  const state = useSyncExternalStore(snapshot.subscribe, snapshot.getState);
  const ids = useMemo(
    () => (state.status === 'ready' ? snapshot.query(query, columns.typeOf, companyTokens) : noIds),
    // state.version changes whenever the snapshot does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot, query, columns, companyTokens, state.version],
  );
  return { snapshot, state, ids };
}
