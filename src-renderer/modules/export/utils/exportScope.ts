// What an Export button exports: the selection when there is one, otherwise every row shown.
export function exportScope(ids: readonly string[], selected: ReadonlySet<string>): { ids: readonly string[]; scope: string } {
  return selected.size > 0 ? { ids: ids.filter((id) => selected.has(id)), scope: 'selected' } : { ids, scope: 'in this view' };
}
