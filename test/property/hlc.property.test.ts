import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridLogicalClock, formatHlc } from '@shared/sync/hlc';
import { isNewerChange } from '@shared/sync/recordWrite';

const step = fc.oneof(
  fc.record({ kind: fc.constant('tick' as const), wall: fc.integer({ min: 0, max: 10_000 }) }),
  fc.record({ kind: fc.constant('observe' as const), remote: fc.integer({ min: 0, max: 10_000 }), counter: fc.integer({ min: 0, max: 0xffff }) }),
);

describe('HLC properties', () => {
  it('every local timestamp is greater than everything the clock issued or observed before', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        let wall = 0;
        const clock = new HybridLogicalClock('local', { now: () => wall, maxDriftMs: Number.MAX_SAFE_INTEGER });
        let highest = '';
        for (const current of steps) {
          if (current.kind === 'tick') {
            wall = current.wall;
            const stamp = clock.next();
            expect(stamp > highest).toBe(true);
            highest = stamp;
          } else {
            const remote = formatHlc({ millis: current.remote, counter: current.counter, node: 'remote' });
            clock.observe(remote);
            if (remote > highest) highest = remote;
          }
        }
      }),
    );
  });

  it('last-writer-wins picks the same winner whatever order the changes arrive in', () => {
    const stamp = fc.record({ millis: fc.integer({ min: 0, max: 1e12 }), counter: fc.integer({ min: 0, max: 0xffff }), node: fc.constantFrom('a', 'b', 'c') }).map(formatHlc);
    fc.assert(
      fc.property(
        fc.uniqueArray(stamp, { minLength: 1, maxLength: 30 }).chain((stamps) => fc.tuple(fc.constant(stamps), fc.shuffledSubarray(stamps, { minLength: stamps.length }))),
        ([stamps, shuffled]) => {
          const winnerOf = (order: string[]) => order.reduce<string | undefined>((current, next) => (isNewerChange(next, current) ? next : current), undefined);
          expect(winnerOf(shuffled)).toBe(winnerOf(stamps));
          expect(winnerOf(stamps)).toBe([...stamps].sort().at(-1));
        },
      ),
    );
  });
});
