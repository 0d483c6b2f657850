import { describe, expect, it, vi } from 'vitest';
import { createQuitCoordinator } from '../../../src-main/ipc/quitCoordinator';

describe('backing up before the window closes or the app quits', () => {
  it('holds the close until the renderer is ready, then lets the next one through', async () => {
    const close = vi.fn();
    const coordinator = createQuitCoordinator();
    const requested = coordinator.requested();
    expect(coordinator.hold(close)).toBe(true);
    await expect(requested).resolves.toEqual({ quitting: true });
    expect(close).not.toHaveBeenCalled();
    expect(coordinator.ready()).toEqual({ quitting: true });
    expect(close).toHaveBeenCalledOnce();
    // The close that `close` causes is not held again.
    expect(coordinator.hold(close)).toBe(false);
  });

  it('holds nothing while no renderer waits (a window already gone), and reports no ready without a hold', () => {
    const coordinator = createQuitCoordinator();
    expect(coordinator.ready()).toEqual({ quitting: false });
    expect(coordinator.hold(() => undefined)).toBe(false);
  });

  it('holds again for a renderer that waits again (a reloaded page)', () => {
    const coordinator = createQuitCoordinator();
    void coordinator.requested();
    expect(coordinator.hold(() => undefined)).toBe(true);
    coordinator.ready();
    void coordinator.requested();
    expect(coordinator.hold(() => undefined)).toBe(true);
  });

  it('goes on anyway when the renderer takes too long', () => {
    vi.useFakeTimers();
    try {
      const quit = vi.fn();
      const coordinator = createQuitCoordinator(1_000);
      void coordinator.requested();
      expect(coordinator.hold(quit)).toBe(true);
      vi.advanceTimersByTime(1_000);
      expect(quit).toHaveBeenCalledOnce();
      expect(coordinator.ready()).toEqual({ quitting: false });
    } finally {
      vi.useRealTimers();
    }
  });
});
