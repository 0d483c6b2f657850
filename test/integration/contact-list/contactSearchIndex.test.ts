import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContactSearchIndex, hasTokenWithPrefix } from '@renderer/modules/contact-list/utils/contactSearchIndex';

// Few letters and short tokens, so prefixes are shared and collide often.
const token = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '1'), minLength: 1, maxLength: 4 });
const tokens = fc.uniqueArray(token, { maxLength: 4 });
const write = fc.record({ slot: fc.nat({ max: 80 }), tokens });
const prefix = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '1'), minLength: 1, maxLength: 3 });

function marked(index: ContactSearchIndex, word: string, slotCount: number): number[] {
  const marks = new Uint8Array(slotCount);
  index.markSlotsWithPrefix(word, marks);
  return [...marks.keys()].filter((slot) => marks[slot] === 1);
}

describe('the contact search index', () => {
  it('finds exactly the slots a scan of every row finds, through new rows, changed tokens and rebuilds', () => {
    fc.assert(
      fc.property(fc.array(tokens, { minLength: 1, maxLength: 60 }), fc.array(write, { maxLength: 40 }), fc.array(prefix, { minLength: 1, maxLength: 6 }), (initial, writes, words) => {
        // Segments of 8 slots, so a few dozen rows already span several segments and a tail.
        const index = new ContactSearchIndex(8);
        const current = [...initial];
        current.forEach((rowTokens, slot) => index.update(slot, rowTokens));
        index.refresh();
        for (const { slot, tokens: written } of writes) {
          // A write goes to an existing slot or to the next new one, as slots are given out.
          const target = Math.min(slot, current.length);
          current[target] = written;
          index.update(target, written);
          if (target % 3 === 0) index.refresh();
        }
        for (const word of words) {
          const scanned = [...current.keys()].filter((slot) => hasTokenWithPrefix(current[slot], word));
          expect(marked(index, word, current.length)).toEqual(scanned);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers a one-letter prefix over 20,000 rows from the index', () => {
    const index = new ContactSearchIndex();
    const words = ['ann', 'bob', 'example', 'test'];
    for (let slot = 0; slot < 20_000; slot += 1) index.update(slot, [words[slot % 4] as string, String(slot)]);
    index.refresh();
    expect(marked(index, 'a', 20_000)).toHaveLength(5000);
    expect(marked(index, 'ex', 20_000)).toHaveLength(5000);
    expect(marked(index, '1999', 20_000)).toEqual([1999, 19990, 19991, 19992, 19993, 19994, 19995, 19996, 19997, 19998, 19999]);
  });
});
