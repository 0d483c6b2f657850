// Lets the renderer back up before its window closes or the app quits: the renderer waits on
// `requested()`; main holds the close (or quit) while `hold` says so, and goes on with it when
// the renderer says `ready()` or the time runs out. One hold per `requested()`, so the close
// or quit that follows goes through.
export function createQuitCoordinator(timeoutMs = 30_000) {
  let wake: (() => void) | null = null;
  let waiting: Promise<{ quitting: true }> | null = null;
  let proceed: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const finish = () => {
    const next = proceed;
    proceed = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    next?.();
  };

  return {
    requested(): Promise<{ quitting: true }> {
      waiting ??= new Promise((resolve) => {
        wake = () => resolve({ quitting: true });
      });
      return waiting;
    },

    // True when the close or quit must wait; `then` carries it out once the renderer is ready.
    hold(then: () => void): boolean {
      if (wake === null || proceed !== null) return false;
      proceed = then;
      wake();
      wake = null;
      waiting = null;
      timer = setTimeout(finish, timeoutMs);
      return true;
    },

    ready(): { quitting: boolean } {
      if (proceed === null) return { quitting: false };
      finish();
      return { quitting: true };
    },
  };
}

export type QuitCoordinator = ReturnType<typeof createQuitCoordinator>;
