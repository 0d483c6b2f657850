import { describe, expect, it, vi } from 'vitest';
import { createQuitCoordinator } from '../../../src-main/ipc/quitCoordinator';

describe('backing up before quit', () => {
  it('holds the quit until the renderer is ready, then quits once', async () => {
    const quit = vi.fn();
    const coordinator = createQuitCoordinator(quit);
    const requested = coordinator.requested();
    expect(coordinator.shouldHoldQuit()).toBe(true);
    await expect(requested).resolves.toEqual({ quitting: true });
    expect(quit).not.toHaveBeenCalled();
    expect(coordinator.ready()).toEqual({ quitting: true });
    expect(quit).toHaveBeenCalledOnce();
    // The second before-quit (from that quit) goes through.
    expect(coordinator.shouldHoldQuit()).toBe(false);
  });

  it('does not hold a quit when no renderer is waiting, nor report a ready without a quit', () => {
    const quit = vi.fn();
    const coordinator = createQuitCoordinator(quit);
    expect(coordinator.ready()).toEqual({ quitting: false });
    expect(coordinator.shouldHoldQuit()).toBe(false);
    expect(quit).not.toHaveBeenCalled();
  });

  it('quits anyway when the renderer takes too long', () => {
    vi.useFakeTimers();
    try {
      const quit = vi.fn();
      const coordinator = createQuitCoordinator(quit, 1_000);
      void coordinator.requested();
      expect(coordinator.shouldHoldQuit()).toBe(true);
      vi.advanceTimersByTime(1_000);
      expect(quit).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
