// Events one side hands to another that asks for them one at a time (a notification click
// waiting for the renderer's next `next()`): each event goes to everyone waiting at that
// moment, or to the next asker if no one is; none is lost in between.
export function createEventQueue<T>() {
  const pending: T[] = [];
  let waiters: Array<(value: T) => void> = [];
  return {
    push(value: T): void {
      if (waiters.length === 0) {
        pending.push(value);
        return;
      }
      const woken = waiters;
      waiters = [];
      for (const wake of woken) wake(value);
    },
    next(): Promise<T> {
      const queued = pending.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise<T>((resolve) => waiters.push(resolve));
    },
  };
}

export type EventQueue<T> = ReturnType<typeof createEventQueue<T>>;
