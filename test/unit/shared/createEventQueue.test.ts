import { describe, expect, it } from 'vitest';
import { createEventQueue } from '@shared/ipc/createEventQueue';

describe('createEventQueue', () => {
  it('hands an event to whoever is waiting, and keeps one for the next asker when no one is', async () => {
    const queue = createEventQueue<string>();
    const waiting = queue.next();
    queue.push('first');
    await expect(waiting).resolves.toBe('first');
    queue.push('second');
    queue.push('third');
    await expect(queue.next()).resolves.toBe('second');
    await expect(queue.next()).resolves.toBe('third');
  });

  it('wakes everyone waiting at that moment with the same event', async () => {
    const queue = createEventQueue<number>();
    const both = Promise.all([queue.next(), queue.next()]);
    queue.push(7);
    await expect(both).resolves.toEqual([7, 7]);
  });
});
