import Dexie from 'dexie';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';

type Deal = StoredRecord<'deals'>;

// One pipeline's live deals in memory: read once through the [pipelineId+stageId] index, then
// patched with the rows each commit announces (local writes, undo and sync alike), so a drop
// on a board of 5,000 deals costs one row write and a patch, not a re-read of the pipeline.
export class PipelineDealSnapshot {
  private readonly byId = new Map<string, Deal>();
  // Rows committed while the first read runs, applied after it in commit order.
  private pending: Deal[] | null = [];
  private deals: Deal[] | undefined = undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: OutpostDb,
    mutations: MutationLayer,
    private readonly pipelineId: string,
  ) {
    mutations.subscribe((table, rows) => {
      if (table === 'deals') this.apply(rows as unknown as Deal[]);
    });
    void this.load();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  // The live deals (a new array after every change), undefined until the first read is done.
  getDeals = (): Deal[] | undefined => this.deals;

  private apply(rows: readonly Deal[]): void {
    if (this.pending) {
      this.pending.push(...rows);
      return;
    }
    let changed = false;
    for (const row of rows) changed = this.store(row) || changed;
    if (changed) this.publish();
  }

  // A deal leaves the snapshot when it is deleted or moved to another pipeline.
  private store(row: Deal): boolean {
    if (row.pipelineId === this.pipelineId && !row.deleted) {
      this.byId.set(row.id, row);
      return true;
    }
    return this.byId.delete(row.id);
  }

  private async load(): Promise<void> {
    const rows = await this.db.deals.where('[pipelineId+stageId]').between([this.pipelineId, Dexie.minKey], [this.pipelineId, Dexie.maxKey]).toArray();
    for (const row of rows) this.store(row);
    const committedMeanwhile = this.pending ?? [];
    this.pending = null;
    for (const row of committedMeanwhile) this.store(row);
    this.publish();
  }

  private publish(): void {
    this.deals = [...this.byId.values()];
    for (const listener of this.listeners) listener();
  }
}

const snapshots = new WeakMap<OutpostDb, Map<string, PipelineDealSnapshot>>();

// One snapshot per pipeline and open database, made when a view first shows that pipeline
// and kept for the session (a workspace has a handful of pipelines).
export function pipelineDealSnapshotFor(db: OutpostDb, mutations: MutationLayer, pipelineId: string): PipelineDealSnapshot {
  let byPipeline = snapshots.get(db);
  if (!byPipeline) {
    byPipeline = new Map();
    snapshots.set(db, byPipeline);
  }
  let snapshot = byPipeline.get(pipelineId);
  if (!snapshot) {
    snapshot = new PipelineDealSnapshot(db, mutations, pipelineId);
    byPipeline.set(pipelineId, snapshot);
  }
  return snapshot;
}
