type YieldingScheduler = { yield(): Promise<void> };

const platformScheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;

// Gives the browser a turn (input, paint) before the work goes on. scheduler.yield (Chromium)
// resumes ahead of other queued tasks and, unlike a chain of setTimeout(0), is not held back
// 4 ms after the fifth pause; Node, where tests run, has only setTimeout.
export function yieldToBrowser(): Promise<void> {
  if (typeof platformScheduler?.yield === 'function') return platformScheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type MainThreadSlices = {
  // True once the current slice has run for its budget: time to `pause`.
  spent(): boolean;
  pause(): Promise<void>;
};

// Long work on the main thread cut into slices of about `budgetMs` (well under the 50 ms that
// makes a task long), however fast the machine: the loop asks `spent()` between small steps.
export function mainThreadSlices(budgetMs = 8): MainThreadSlices {
  let sliceStart = performance.now();
  return {
    spent: () => performance.now() - sliceStart >= budgetMs,
    pause: async () => {
      await yieldToBrowser();
      sliceStart = performance.now();
    },
  };
}
