import { z } from 'zod';
import type { OutpostDb } from '../../../db/OutpostDb';

// Device-local (the settings table): milliseconds of use since the last automatic backup, kept
// across sessions so that sessions shorter than the interval still add up to a backup.
export const backupUseKey = 'backups.useSinceLastAutomatic';

export type UseTimeStore = { add(ms: number): Promise<number>; reset(): Promise<void> };

const usedMsSchema = z.number().nonnegative().catch(0);

export function settingsUseTimeStore(db: OutpostDb): UseTimeStore {
  return {
    // One transaction, so two windows counting at once both count.
    add: (ms) =>
      db.transaction('rw', db.settings, async () => {
        const used = usedMsSchema.parse((await db.settings.get(backupUseKey))?.value) + ms;
        await db.settings.put({ key: backupUseKey, value: used });
        return used;
      }),
    reset: async () => {
      await db.settings.put({ key: backupUseKey, value: 0 });
    },
  };
}

export type BackupUseTimerOptions = {
  intervalMs: number;
  store: UseTimeStore;
  // Whether the user is using the app now (the page is visible).
  inUse: () => boolean;
  backUp: () => Promise<unknown>;
  tickMs?: number;
};

// A failed backup is tried again after this long rather than at every tick.
export const failedBackupRetryMs = 15 * 60 * 1000;

// Adds the time of use to the stored total every tick and backs up once it reaches the
// interval, then starts the total again. Time asleep or hidden is not use: a tick adds at most
// two ticks' worth, and nothing while the page is hidden. Returns a stop function, which adds
// the time since the last tick.
export function startBackupUseTimer({ intervalMs, store, inUse, backUp, tickMs = 60_000 }: BackupUseTimerOptions): () => void {
  let last = Date.now();
  let backingUp = false;
  let retryAt = 0;
  const usedSinceLast = () => {
    const now = Date.now();
    const used = inUse() ? Math.min(now - last, 2 * tickMs) : 0;
    last = now;
    return used;
  };
  const tick = async () => {
    const used = await store.add(usedSinceLast());
    if (used < intervalMs || backingUp || Date.now() < retryAt) return;
    backingUp = true;
    try {
      await backUp();
      await store.reset();
    } catch {
      // Left for a later tick: a backup never interrupts the user.
      retryAt = Date.now() + failedBackupRetryMs;
    } finally {
      backingUp = false;
    }
  };
  const timer = setInterval(() => void tick().catch(() => undefined), tickMs);
  return () => {
    clearInterval(timer);
    void store.add(usedSinceLast()).catch(() => undefined);
  };
}
