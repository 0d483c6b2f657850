import { describe, expect, it } from 'vitest';
import { foldText, searchTokens } from '@shared/text/foldText';

describe('foldText', () => {
  it('ignores case and accents so "zoe" finds "Zoë"', () => {
    expect(foldText('Zoë')).toBe('zoe');
    expect(foldText('ØDEGÅRD Straße Łódź')).toBe('odegard strasse lodz');
  });
});

describe('searchTokens', () => {
  it('splits names and emails into folded, unique words', () => {
    expect(searchTokens('Zoë Ann', 'zoe.ann@Example.com', null, undefined)).toEqual(['zoe', 'ann', 'example', 'com']);
  });
});
