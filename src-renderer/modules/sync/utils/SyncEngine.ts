import { ClockDriftError } from '@shared/sync/hlc';
import { maxPullLimit } from '@shared/sync/syncProtocol';
import type { AppDatabase } from '../../../db/appDatabase';
import { bindPullCursor } from '../../../db/sync/pullCursor';
import { pullChanges } from '../../../db/sync/pullChanges';
import { pushOutbox } from '../../../db/sync/pushOutbox';
import { replayKeptChanges } from '../../../db/sync/replayKeptChanges';
import type { SyncStatus } from '../states/syncStatusStore';
import { backoffDelay, defaultSyncTiming, type SyncTiming } from './syncBackoff';
import { SyncOfflineError } from './syncErrors';
import type { SyncTransport } from './syncTransport';

export type SyncEngineOptions = {
  database: AppDatabase;
  transport: SyncTransport;
  // The paired workspace; the pull cursor is reset when it changes.
  workspaceId: string;
  onStatus?: (status: Partial<SyncStatus>) => void;
  timing?: Partial<SyncTiming>;
  random?: () => number;
  isOnline?: () => boolean;
};

// Background sync: push the outbox, then pull until caught up. Runs at start, after local
// changes (debounced), on a poke from the server, on a timer, and on "Sync now"; one round at
// a time (a trigger during a round asks for another). Failures back off exponentially with
// jitter; success resets the backoff.
export class SyncEngine {
  private readonly timing: SyncTiming;
  private running: Promise<void> | null = null;
  private again = false;
  private pulling = false;
  private failures = 0;
  // Timers and triggers run only between start() and stop(); syncNow() works without them.
  private started = false;
  private stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly options: SyncEngineOptions) {
    this.timing = { ...defaultSyncTiming, ...options.timing };
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    // Pulled rows are announced to the same listeners: only the device's own writes count here.
    this.cleanups.push(this.options.database.mutations.subscribe(() => {
      if (!this.pulling) this.syncSoon();
    }));
    this.cleanups.push(this.options.transport.listen(() => void this.syncNow()));
    if (typeof window !== 'undefined') {
      const online = () => void this.syncNow();
      window.addEventListener('online', online);
      this.cleanups.push(() => window.removeEventListener('online', online));
    }
    void this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.clearTimers();
  }

  // Debounced: a burst of edits syncs once.
  syncSoon(): void {
    if (!this.started || this.stopped) return;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.syncNow(), this.timing.debounceMs);
  }

  syncNow(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.rounds().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false;
      this.clearTimers();
      await this.round();
    } while (this.again && !this.stopped);
  }

  private async round(): Promise<void> {
    const { database, transport } = this.options;
    if (this.options.isOnline && !this.options.isOnline()) {
      this.report({ state: 'offline', message: 'This device is offline; changes are kept and sync when it is back online.' });
      return;
    }
    this.report({ state: 'syncing', message: null });
    try {
      await bindPullCursor(database.db, this.options.workspaceId);
      await replayKeptChanges(database.db, database.clock, database.mutations);
      await pushOutbox(database.db, async (changes) => {
        await transport.push(changes);
      });
      this.pulling = true;
      try {
        // Large pages: a first sync of 100,000 contacts is millions of changes.
        await pullChanges(database.db, database.clock, database.mutations, (cursor) => transport.pull(cursor, maxPullLimit));
      } finally {
        this.pulling = false;
      }
      this.failures = 0;
      this.report({ state: 'synced', message: null, lastSyncedAt: new Date().toISOString() });
      // Writes made while this round ran go out with the next one, right away.
      if ((await database.db.outbox.count()) > 0) this.again = true;
      this.schedule(this.timing.pollMs);
    } catch (error) {
      this.failures += 1;
      this.report(describeFailure(error));
      this.schedule(backoffDelay(this.failures, this.timing, this.options.random));
    }
  }

  private schedule(delayMs: number): void {
    if (!this.started || this.stopped) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.syncNow(), delayMs);
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.retryTimer = null;
    this.debounceTimer = null;
  }

  private report(status: Partial<SyncStatus>): void {
    if (!this.stopped) this.options.onStatus?.(status);
  }
}

function describeFailure(error: unknown): Partial<SyncStatus> {
  if (error instanceof SyncOfflineError) return { state: 'offline', message: error.message };
  if (error instanceof ClockDriftError) return { state: 'error', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { state: 'error', message: `Sync failed: ${message}` };
}
