import { headerSynonyms } from './headerSynonyms';
import type { ColumnMapping, ImportAttribute, ImportTarget } from './importTypes';
import { normalizeHeader } from './normalizeHeader';

type Candidate = { target: ImportTarget; rank: number };

// Tags and lists take names from any number of columns; every other field from one.
const multiColumnTargets = new Set<ImportTarget>(['tags', 'lists']);

// Header spellings by target, best first; contacts' unless a record type gives its own.
export type HeaderSynonyms = Partial<Record<ImportTarget, readonly string[]>>;

function synonymIndex(attributes: readonly ImportAttribute[], synonymsByTarget: HeaderSynonyms): Map<string, Candidate> {
  const index = new Map<string, Candidate>();
  const add = (spelling: string, candidate: Candidate) => {
    const key = normalizeHeader(spelling);
    if (key && !index.has(key)) index.set(key, candidate);
  };
  // A custom attribute named like the column beats a synonym: the user made it for this data.
  for (const attribute of attributes) {
    add(attribute.label, { target: `custom.${attribute.key}`, rank: -1 });
    add(attribute.key, { target: `custom.${attribute.key}`, rank: -1 });
  }
  for (const [target, synonyms] of Object.entries(synonymsByTarget) as Array<[ImportTarget, readonly string[]]>) {
    synonyms.forEach((synonym, rank) => add(synonym, { target, rank }));
  }
  return index;
}

// Suggests a target for each column by its header. Each single-valued field goes to the column
// whose header is its best synonym (the first such column on a tie); the others are ignored.
export function autoMapColumns(headers: readonly string[], attributes: readonly ImportAttribute[], synonyms: HeaderSynonyms = headerSynonyms): ColumnMapping {
  const index = synonymIndex(attributes, synonyms);
  const candidates = headers.map((header) => index.get(normalizeHeader(header)) ?? null);
  const best = new Map<ImportTarget, number>();
  candidates.forEach((candidate, column) => {
    if (!candidate || multiColumnTargets.has(candidate.target)) return;
    const current = best.get(candidate.target);
    if (current === undefined || candidate.rank < (candidates[current]?.rank ?? Infinity)) best.set(candidate.target, column);
  });
  const mapping: ColumnMapping = candidates.map((candidate, column) => {
    if (!candidate) return null;
    return multiColumnTargets.has(candidate.target) || best.get(candidate.target) === column ? candidate.target : null;
  });
  // A full name is only needed when the file has no separate first and last names.
  if (mapping.includes('firstName') || mapping.includes('lastName')) return mapping.map((target) => (target === 'fullName' ? null : target));
  return mapping;
}
