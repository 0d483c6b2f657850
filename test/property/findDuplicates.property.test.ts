import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicatePairKey } from '@shared/domain/duplicates/duplicatePairKey';
import type { DuplicateCandidate, DuplicatePair } from '@shared/domain/duplicates/duplicateTypes';
import { findDuplicatePairs } from '@shared/domain/duplicates/findDuplicatePairs';
import { findDuplicates } from '@shared/domain/duplicates/findDuplicates';
import { namesAreSimilar, nameVariants } from '@shared/domain/duplicates/similarNames';

// Small alphabets and value sets, so collisions (the interesting cases) are common.
const nameText = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'B', ' ', '-'), maxLength: 7 });
const candidate = (id: string) =>
  fc.record({
    id: fc.constant(id),
    firstName: nameText,
    lastName: nameText,
    email: fc.constantFrom(null, 'ann@example.com', ' ANN@example.com', 'an.n+x@gmail.com', 'ann@googlemail.com', 'bob@example.com'),
    phone: fc.constantFrom(null, '+4930123456', '+4930999999'),
    externalId: fc.constantFrom(null, 'user-1', 'user-2'),
    companyIds: fc.subarray(['c1', 'c2', 'c3']),
    deleted: fc.constantFrom<0 | 1>(0, 0, 0, 1),
  });
const contacts = fc
  .uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 25 })
  .chain((ids) => fc.tuple(...ids.map((id) => candidate(`c${String(id).padStart(2, '0')}`))))
  .map((list): DuplicateCandidate[] => list);

const pairKeys = (pairs: DuplicatePair[]) => pairs.map(({ contactIds: [a, b] }) => duplicatePairKey(a, b)).sort();

describe('duplicate finder properties', () => {
  it('finds the same pairs whatever order the contacts come in', () => {
    fc.assert(
      fc.property(
        contacts.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          expect(pairKeys(findDuplicatePairs(shuffled))).toEqual(pairKeys(findDuplicatePairs(list)));
        },
      ),
    );
  });

  it('never pairs a contact with itself, and only pairs live contacts', () => {
    fc.assert(
      fc.property(contacts, (list) => {
        const live = new Set(list.filter((contact) => contact.deleted !== 1).map((contact) => contact.id));
        for (const { contactIds: [a, b], reasons } of findDuplicatePairs(list)) {
          expect(a < b).toBe(true);
          expect(live.has(a) && live.has(b)).toBe(true);
          expect(reasons.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never returns a dismissed pair, and puts each contact in one group at most', () => {
    fc.assert(
      fc.property(
        // Dismiss some of the pairs there are, written from either side.
        contacts.chain((list) => {
          const found = findDuplicatePairs(list).map(({ contactIds: [a, b] }) => fc.constantFrom({ contactId: a, otherContactId: b }, { contactId: b, otherContactId: a }));
          return fc.tuple(fc.constant(list), fc.tuple(...found).chain((pairs) => fc.subarray(pairs)));
        }),
        ([list, dismissed]) => {
          const dismissedKeys = new Set(dismissed.map((pair) => duplicatePairKey(pair.contactId, pair.otherContactId)));
          const groups = findDuplicates(list, dismissed);
          const seen = new Set<string>();
          for (const group of groups) {
            for (const pair of group.pairs) {
              expect(dismissedKeys.has(duplicatePairKey(...pair.contactIds))).toBe(false);
              expect(group.contactIds).toEqual(expect.arrayContaining([...pair.contactIds]));
            }
            for (const id of group.contactIds) {
              expect(seen.has(id)).toBe(false);
              seen.add(id);
            }
          }
        },
      ),
    );
  });

  it('always pairs a contact with a twin that has its email in other case and spacing', () => {
    fc.assert(
      fc.property(contacts, fc.emailAddress(), (list, email) => {
        const original: DuplicateCandidate = { id: 'original', firstName: '', lastName: '', email, phone: null, externalId: null, companyIds: [] };
        const twin: DuplicateCandidate = { ...original, id: 'twin', email: `  ${email.toUpperCase()} ` };
        const pairs = findDuplicatePairs([...list, original, twin]);
        expect(pairs.find((pair) => pair.contactIds.join() === 'original,twin')?.reasons).toContain('email');
      }),
    );
  });

  it('calls two names similar exactly when their one-letter-out variants meet, either way round', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 8 });
    fc.assert(
      fc.property(key, key, fc.integer({ min: 1, max: 8 }), (a, b, minLength) => {
        const variantsOfB = new Set(nameVariants(b, minLength));
        const meet = nameVariants(a, minLength).some((variant) => variantsOfB.has(variant));
        expect(namesAreSimilar(a, b, minLength)).toBe(meet);
        expect(namesAreSimilar(b, a, minLength)).toBe(meet);
      }),
      { numRuns: 2000 },
    );
  });

  it('compares names at a company the same way pair by pair as by bucket', () => {
    fc.assert(
      fc.property(contacts, (list) => {
        const pairwise = findDuplicatePairs(list, { maxPairwiseNames: Number.POSITIVE_INFINITY });
        const bucketed = findDuplicatePairs(list, { maxPairwiseNames: 0 });
        expect(pairKeys(bucketed)).toEqual(pairKeys(pairwise));
      }),
    );
  });
});
