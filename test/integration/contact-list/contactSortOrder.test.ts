import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactRow } from '@renderer/modules/contact-list/utils/contactSnapshot';
import { ContactSortOrder } from '@renderer/modules/contact-list/utils/contactSortOrder';

// Only the key matters here: a row is its key, null for an empty value. Few keys, many ties.
const key = fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null });
const rowOf = (value: string | null) => ({ value }) as unknown as ContactRow;
const keyOf = (row: ContactRow) => (row as unknown as { value: string | null }).value;

describe('a contact sort order', () => {
  it('after any writes equals a fresh sort of the same rows, ties in slot order and empty values last', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), fc.array(fc.array(fc.record({ slot: fc.nat({ max: 50 }), value: key }), { maxLength: 8 }), { maxLength: 6 }), fc.boolean(), (initial, batches, descending) => {
        const rows = initial.map(rowOf);
        const order = new ContactSortOrder(keyOf, descending, rows);
        for (const batch of batches) {
          const written = batch.map(({ slot, value }) => {
            const target = Math.min(slot, rows.length);
            rows[target] = rowOf(value);
            return { slot: target, row: rows[target] as ContactRow };
          });
          order.update(written);
        }
        expect([...order.slots]).toEqual([...new ContactSortOrder(keyOf, descending, rows).slots]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps empty values last in both directions', () => {
    const rows = ['b', null, 'a', 'c'].map(rowOf);
    expect([...new ContactSortOrder(keyOf, false, rows).slots]).toEqual([2, 0, 3, 1]);
    expect([...new ContactSortOrder(keyOf, true, rows).slots]).toEqual([3, 0, 2, 1]);
  });
});
