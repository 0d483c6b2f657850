import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '@shared/sync/hlc';
import { mergeIncomingChanges, type IncomingChange, type MergedRow } from '@shared/sync/mergeIncomingChange';
import { syncFieldCatalog } from '@shared/sync/syncedFields';

const catalog = syncFieldCatalog('contacts');
const hlc = fc.record({ millis: fc.integer({ min: 0, max: 50 }), counter: fc.integer({ min: 0, max: 3 }), node: fc.constantFrom('a', 'b', 'c') }).map(formatHlc);
const change: fc.Arbitrary<IncomingChange> = fc.oneof(
  fc.record({ field: fc.constantFrom('firstName', 'lastName', 'custom.plan', 'custom.seats', 'nickname'), value: fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null)), hlc }),
  fc.record({ field: fc.constant('deleted'), value: fc.constantFrom(0, 1), hlc }),
  fc.record({ field: fc.constant('purged'), value: fc.constant(true), hlc }),
);
// Changes are identified by (hlc, field): two different values never share both.
const changeSet = fc.uniqueArray(change, { maxLength: 25, selector: (one) => `${one.hlc}|${one.field}` });

const mergeAll = (groups: IncomingChange[][]) =>
  groups.reduce<MergedRow | undefined>((row, group) => mergeIncomingChanges('r1', row, group, catalog).row, undefined);

// Splits a list into consecutive groups at the given cut points.
const groupsOf = (changes: IncomingChange[], cuts: number[]) => {
  const points = [...new Set(cuts.map((cut) => cut % (changes.length + 1)))].sort((a, b) => a - b);
  return [...points, changes.length].map((end, index) => changes.slice(points[index - 1] ?? 0, end));
};

describe('merge properties', () => {
  it('any order and any grouping of one change set gives the same row (commutative, associative)', () => {
    fc.assert(
      fc.property(
        changeSet.chain((changes) => fc.tuple(fc.constant(changes), fc.shuffledSubarray(changes, { minLength: changes.length }), fc.array(fc.nat(), { maxLength: 5 }))),
        ([changes, shuffled, cuts]) => {
          expect(mergeAll(groupsOf(shuffled, cuts))).toEqual(mergeAll([changes]));
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });

  it('applying changes again changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(changeSet, fc.nat(), (changes, cut) => {
        fc.pre(changes.length > 0);
        const once = mergeAll([changes]);
        const replay = changes.slice(0, cut % (changes.length + 1));
        const outcome = mergeIncomingChanges('r1', once, replay, catalog);
        expect(outcome.row).toEqual(once);
        expect(outcome.rowChanged).toBe(false);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
