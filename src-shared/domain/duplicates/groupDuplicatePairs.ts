import { duplicatePairKey } from './duplicatePairKey';
import { duplicateReasons, type DismissedPair, type DuplicateGroup, type DuplicatePair, type DuplicateReason } from './duplicateTypes';

export type GroupDuplicatePairsOptions = {
  dismissed?: Iterable<DismissedPair>;
  // Contacts to leave out, such as those merged or deleted since the pairs were found.
  excludedIds?: ReadonlySet<string>;
};

// Exact identifiers (email, phone, external id) are stronger evidence than a similar name.
function strength(group: DuplicateGroup): number {
  return group.reasons.some((reason) => reason !== 'name') ? 1 : 0;
}

// Drops dismissed pairs and excluded contacts, then joins the remaining pairs into groups of
// contacts connected through them (union-find). Groups come strongest first, then largest.
export function groupDuplicatePairs(pairs: readonly DuplicatePair[], options: GroupDuplicatePairsOptions = {}): DuplicateGroup[] {
  const dismissed = new Set<string>();
  for (const pair of options.dismissed ?? []) {
    if (pair.deleted !== 1) dismissed.add(duplicatePairKey(pair.contactId, pair.otherContactId));
  }
  const excluded = options.excludedIds ?? new Set<string>();
  const kept = pairs.filter(({ contactIds: [a, b] }) => !excluded.has(a) && !excluded.has(b) && !dismissed.has(duplicatePairKey(a, b)));

  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current) ?? current;
    parent.set(id, current);
    return current;
  };
  for (const { contactIds: [a, b] } of kept) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(root(a), root(b));
  }

  const byRoot = new Map<string, { ids: Set<string>; pairs: DuplicatePair[]; reasons: Set<DuplicateReason> }>();
  for (const pair of kept) {
    const key = root(pair.contactIds[0]);
    const group = byRoot.get(key) ?? { ids: new Set<string>(), pairs: [], reasons: new Set<DuplicateReason>() };
    pair.contactIds.forEach((id) => group.ids.add(id));
    pair.reasons.forEach((reason) => group.reasons.add(reason));
    group.pairs.push(pair);
    byRoot.set(key, group);
  }
  const groups = [...byRoot.values()].map((group) => ({
    contactIds: [...group.ids].sort(),
    pairs: group.pairs,
    reasons: duplicateReasons.filter((reason) => group.reasons.has(reason)),
  }));
  return groups.sort(
    (a, b) => strength(b) - strength(a) || b.contactIds.length - a.contactIds.length || (a.contactIds[0] ?? '').localeCompare(b.contactIds[0] ?? ''),
  );
}
