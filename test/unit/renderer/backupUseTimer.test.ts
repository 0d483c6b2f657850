import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failedBackupRetryMs, settingsUseTimeStore, startBackupUseTimer, type UseTimeStore } from '@renderer/modules/backup/utils/backupUseTimer';
import { openTestDatabase } from '../../helpers/testDatabase';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;

// The stored total of use, as the settings row keeps it between sessions.
function memoryStore(): UseTimeStore & { used: number } {
  const store = {
    used: 0,
    add: (ms: number) => Promise.resolve((store.used += ms)),
    reset: () => Promise.resolve(void (store.used = 0)),
  };
  return store;
}

function session(store: UseTimeStore, backUp: () => Promise<unknown>, inUse = () => true) {
  return startBackupUseTimer({ intervalMs: hourMs, store, inUse, backUp });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date('2026-12-04T09:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('automatic backups after every hour of use', () => {
  it('adds up sessions shorter than the interval: 40 minutes, then 25, back up 20 minutes into the second', async () => {
    const store = memoryStore();
    const backUp = vi.fn(() => Promise.resolve());
    const stopFirst = session(store, backUp);
    await vi.advanceTimersByTimeAsync(40 * minuteMs);
    stopFirst();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.used).toBe(40 * minuteMs);

    // Closed overnight: the time between sessions is not use.
    vi.setSystemTime(new Date('2026-12-05T08:00:00Z'));
    const stopSecond = session(store, backUp);
    await vi.advanceTimersByTimeAsync(19 * minuteMs);
    expect(backUp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(minuteMs);
    expect(backUp).toHaveBeenCalledTimes(1);
    expect(store.used).toBe(0);
    await vi.advanceTimersByTimeAsync(5 * minuteMs);
    stopSecond();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.used).toBe(5 * minuteMs);
  });

  it('does not count time while the page is hidden, nor a machine asleep between two ticks', async () => {
    const store = memoryStore();
    let visible = true;
    const stop = session(store, () => Promise.resolve(), () => visible);
    await vi.advanceTimersByTimeAsync(10 * minuteMs);
    visible = false;
    await vi.advanceTimersByTimeAsync(30 * minuteMs);
    visible = true;
    await vi.advanceTimersByTimeAsync(minuteMs);
    expect(store.used).toBe(11 * minuteMs);
    // Asleep for three hours: the next tick counts at most two ticks' worth.
    vi.setSystemTime(Date.now() + 3 * hourMs);
    await vi.advanceTimersByTimeAsync(minuteMs);
    expect(store.used).toBe(13 * minuteMs);
    stop();
  });

  it('keeps the count after a failed backup and tries again a quarter of an hour later', async () => {
    const store = memoryStore();
    const backUp = vi.fn().mockRejectedValueOnce(new Error('the disk is full')).mockResolvedValue(undefined);
    const stop = session(store, backUp);
    await vi.advanceTimersByTimeAsync(hourMs);
    expect(backUp).toHaveBeenCalledTimes(1);
    expect(store.used).toBe(hourMs);
    await vi.advanceTimersByTimeAsync(failedBackupRetryMs - minuteMs);
    expect(backUp).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(minuteMs);
    expect(backUp).toHaveBeenCalledTimes(2);
    expect(store.used).toBe(0);
    stop();
  });

  it('keeps the count in the settings table, so a new session (a new store) goes on from it', async () => {
    const { db } = await openTestDatabase();
    await settingsUseTimeStore(db).add(40 * minuteMs);
    await expect(settingsUseTimeStore(db).add(minuteMs)).resolves.toBe(41 * minuteMs);
    await settingsUseTimeStore(db).reset();
    await expect(settingsUseTimeStore(db).add(minuteMs)).resolves.toBe(minuteMs);
  });
});
