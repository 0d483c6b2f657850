import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter, readField } from '@shared/domain/filters/compileFilter';
import type { FilterCondition, FilterValueType } from '@shared/domain/filters/filterTypes';
import { foldText } from '@shared/text/foldText';
import { compileSnapshotFilter } from '@renderer/modules/contact-list/utils/compileSnapshotFilter';
import type { ContactRow } from '@renderer/modules/contact-list/utils/contactSnapshot';

const fieldTypes: Record<string, FilterValueType> = { city: 'text', 'custom.note': 'text', status: 'choice', 'custom.score': 'integer' };
const typeOf = (field: string) => fieldTypes[field];
// Case, accents and spaces, so folding decides the outcome.
const text = fc.string({ unit: fc.constantFrom('a', 'A', 'á', 'ø', 'o', ' ', 'b'), maxLength: 4 });
const row = fc.record({ city: fc.option(text, { nil: undefined }), status: fc.constantFrom('lead', 'customer'), custom: fc.record({ note: fc.option(text, { nil: null }), score: fc.integer({ min: 0, max: 5 }) }) });
const condition: fc.Arbitrary<FilterCondition> = fc.oneof(
  fc.record({ field: fc.constantFrom('city', 'custom.note'), operator: fc.constantFrom('is', 'isNot', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty'), value: text }),
  fc.record({ field: fc.constant('status'), operator: fc.constantFrom('anyOf', 'noneOf'), value: fc.constant(['customer'] as string[]) }),
  fc.record({ field: fc.constant('custom.score'), operator: fc.constantFrom('gt', 'lt'), value: fc.integer({ min: 0, max: 5 }) }),
);

describe('the snapshot filter', () => {
  it('matches exactly the rows compileFilter matches, reading folded text from the cache', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.array(condition, { maxLength: 3 }), (rows, conditions) => {
        const folded = (field: string) => (_slot: number, contact: ContactRow) => foldText(String(readField(contact as unknown as Record<string, unknown>, field) ?? ''));
        const ours = compileSnapshotFilter(conditions, typeOf, folded);
        const reference = compileFilter(conditions, typeOf);
        rows.forEach((contact, slot) => expect(ours(slot, contact as unknown as ContactRow)).toBe(reference(contact)));
      }),
      { numRuns: 500 },
    );
  });

  it('folds the text it compares through the cache, not per query', () => {
    const reads: number[] = [];
    const cached = () => (slot: number) => {
      reads.push(slot);
      return 'bergen';
    };
    const matches = compileSnapshotFilter([{ field: 'city', operator: 'startsWith', value: ' BÉR ' }], typeOf, cached);
    expect(matches(7, { city: 'not read' } as unknown as ContactRow)).toBe(true);
    expect(reads).toEqual([7]);
  });
});
