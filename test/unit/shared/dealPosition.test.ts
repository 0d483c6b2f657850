import { describe, expect, it } from 'vitest';
import { compareByPosition, positionAt, positionsAfter } from '@shared/domain/deals/dealPosition';
import { positionForDrop } from '@shared/domain/deals/positionForDrop';

describe('fractional deal positions', () => {
  const column = positionsAfter(null, 3);

  it('makes keys that sort in the order they were made', () => {
    expect([...column].sort()).toEqual(column);
  });

  it('puts a dropped card between its two neighbours', () => {
    const key = positionAt(column, 1);
    expect(key > (column[0] as string) && key < (column[1] as string)).toBe(true);
  });

  it('puts a card at the top or the bottom of a column, and into an empty one', () => {
    expect(positionAt(column, 0) < (column[0] as string)).toBe(true);
    expect(positionAt(column, 3) > (column[2] as string)).toBe(true);
    expect(typeof positionAt([], 0)).toBe('string');
  });

  it('steps past neighbours that two devices gave the same key', () => {
    const tied = [column[0] as string, column[1] as string, column[1] as string, column[2] as string];
    const key = positionAt(tied, 2);
    expect(key > (column[1] as string) && key < (column[2] as string)).toBe(true);
  });

  it('two devices moving different cards into the same gap both keep a place there', () => {
    const first = positionAt(column, 1);
    const second = positionAt(column, 1);
    const rows = [...column.map((position, index) => ({ id: `c${index}`, position })), { id: 'x', position: first }, { id: 'y', position: second }];
    expect(rows.sort(compareByPosition).map((row) => row.id)).toEqual(['c0', 'x', 'y', 'c1', 'c2']);
  });
});

describe('dropping a card', () => {
  const keys = positionsAfter(null, 3);
  const column = ['a', 'b', 'c'].map((id, index) => ({ id, position: keys[index] as string }));
  const order = (movedId: string, position: string | null) =>
    column
      .map((deal) => (deal.id === movedId && position ? { ...deal, position } : deal))
      .sort(compareByPosition)
      .map((deal) => deal.id);

  it('above or below the card it is dropped on', () => {
    expect(order('c', positionForDrop(column, 'c', 'a', false))).toEqual(['c', 'a', 'b']);
    expect(order('a', positionForDrop(column, 'a', 'b', true))).toEqual(['b', 'a', 'c']);
  });

  it('at the bottom of the column when dropped on the column itself, or from another column', () => {
    expect(order('a', positionForDrop(column, 'a', null, false))).toEqual(['b', 'c', 'a']);
    const arriving = positionForDrop(column, 'x', 'b', false);
    expect(arriving && arriving > (keys[0] as string) && arriving < (keys[1] as string)).toBe(true);
  });

  it('writes nothing when the card lands where it is', () => {
    expect(positionForDrop(column, 'b', 'a', true)).toBeNull();
    expect(positionForDrop(column, 'b', 'c', false)).toBeNull();
    expect(positionForDrop(column, 'c', null, false)).toBeNull();
  });
});
