// Lets the renderer back up before the app quits: the renderer waits on `requested()`; on
// before-quit, main holds the quit until the renderer says `ready()` or the time runs out.
export function createQuitCoordinator(quit: () => void, timeoutMs = 30_000) {
  let wake: (() => void) | null = null;
  let waiting: Promise<void> | null = null;
  let holding = false;
  let done = false;

  const finish = () => {
    if (done) return;
    done = true;
    quit();
  };

  return {
    requested(): Promise<{ quitting: true }> {
      waiting ??= new Promise<void>((resolve) => {
        wake = resolve;
      });
      return waiting.then(() => ({ quitting: true }));
    },

    // Called from before-quit; true when the quit must wait for the renderer.
    shouldHoldQuit(): boolean {
      if (done || holding || wake === null) return false;
      holding = true;
      wake();
      setTimeout(finish, timeoutMs).unref?.();
      return true;
    },

    ready(): { quitting: boolean } {
      if (!holding) return { quitting: false };
      finish();
      return { quitting: true };
    },
  };
}

export type QuitCoordinator = ReturnType<typeof createQuitCoordinator>;
