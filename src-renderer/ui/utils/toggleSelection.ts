export type Selection = { selected: ReadonlySet<string>; anchorId: string | null };

// A click toggles one row; a shift-click selects the range from the last clicked row in `order`.
export function toggleSelection({ selected, anchorId }: Selection, id: string, withShift: boolean, order: readonly string[]): Selection {
  const next = new Set(selected);
  if (withShift && anchorId) {
    const from = order.indexOf(anchorId);
    const to = order.indexOf(id);
    if (from >= 0 && to >= 0) {
      for (const rangeId of order.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(rangeId);
      return { selected: next, anchorId: id };
    }
  }
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return { selected: next, anchorId: id };
}
