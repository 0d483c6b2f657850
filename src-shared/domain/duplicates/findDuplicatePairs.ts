import { duplicatePairKey } from './duplicatePairKey';
import { duplicateReasons, type DuplicateCandidate, type DuplicatePair, type DuplicateReason } from './duplicateTypes';
import { emailMatchKey, nameMatchKey } from './matchKeys';
import { similarNamePairs } from './similarNames';

export type FindDuplicatesOptions = {
  // An email, phone number or external id shared by more contacts than this is not personal (a
  // switchboard number, an info@ address, a placeholder id) and would flood the list: skipped.
  maxBucketSize?: number;
  // Names with fewer characters (spaces included) only match exactly; see namesAreSimilar.
  minFuzzyNameLength?: number;
  // Up to this many named people at one company are compared pair by pair, more are bucketed.
  maxPairwiseNames?: number;
};

const defaultMaxBucketSize = 50;
const defaultMinFuzzyNameLength = 6;
const defaultMaxPairwiseNames = 100;

type PairDraft = { contactIds: [string, string]; reasons: Set<DuplicateReason>; companyId: string | null };

function addToBucket(buckets: Map<string, number[]>, key: string | null | undefined, index: number): void {
  if (!key) return;
  const bucket = buckets.get(key);
  if (bucket) bucket.push(index);
  else buckets.set(key, [index]);
}

// Live contacts, each id once: a contact is never its own duplicate.
function liveCandidates(contacts: Iterable<DuplicateCandidate>): DuplicateCandidate[] {
  const seen = new Set<string>();
  const live: DuplicateCandidate[] = [];
  for (const contact of contacts) {
    if (contact.deleted === 1 || seen.has(contact.id)) continue;
    seen.add(contact.id);
    live.push(contact);
  }
  return live;
}

// Contacts are bucketed by key (email, phone, external id, company) and only compared within a
// bucket, so the cost grows with the number of contacts and the bucket sizes, never with n².
export function findDuplicatePairs(contacts: Iterable<DuplicateCandidate>, options: FindDuplicatesOptions = {}): DuplicatePair[] {
  const maxBucketSize = options.maxBucketSize ?? defaultMaxBucketSize;
  const minFuzzyNameLength = options.minFuzzyNameLength ?? defaultMinFuzzyNameLength;
  const maxPairwiseNames = options.maxPairwiseNames ?? defaultMaxPairwiseNames;
  const live = liveCandidates(contacts);
  const pairs = new Map<string, PairDraft>();

  const addPair = (left: number, right: number, reason: DuplicateReason, companyId: string | null) => {
    const a = (live[left] as DuplicateCandidate).id;
    const b = (live[right] as DuplicateCandidate).id;
    const key = duplicatePairKey(a, b);
    const draft = pairs.get(key) ?? { contactIds: a < b ? [a, b] : [b, a], reasons: new Set<DuplicateReason>(), companyId: null };
    draft.reasons.add(reason);
    draft.companyId ??= companyId;
    pairs.set(key, draft);
  };

  const identifiers = { email: new Map<string, number[]>(), phone: new Map<string, number[]>(), externalId: new Map<string, number[]>() };
  const peopleByCompany = new Map<string, number[]>();
  live.forEach((contact, index) => {
    addToBucket(identifiers.email, emailMatchKey(contact.email), index);
    // Phones are stored in E.164, so equal numbers are equal strings.
    addToBucket(identifiers.phone, contact.phone?.trim(), index);
    addToBucket(identifiers.externalId, contact.externalId?.trim(), index);
    for (const companyId of new Set(contact.companyIds)) addToBucket(peopleByCompany, companyId, index);
  });

  for (const [reason, buckets] of Object.entries(identifiers) as Array<[DuplicateReason, Map<string, number[]>]>) {
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > maxBucketSize) continue;
      for (let left = 0; left < bucket.length; left += 1) {
        for (let right = left + 1; right < bucket.length; right += 1) addPair(bucket[left] as number, bucket[right] as number, reason, null);
      }
    }
  }

  // Names are only evidence among colleagues: many people share a name, few at one company.
  // Folded only for contacts that have a colleague: folding is the costly part.
  const nameKeys: Array<string | undefined> = [];
  const nameKeyOf = (index: number) => {
    const contact = live[index] as DuplicateCandidate;
    return (nameKeys[index] ??= nameMatchKey(contact.firstName, contact.lastName));
  };
  for (const [companyId, members] of peopleByCompany) {
    if (members.length < 2) continue;
    const named = members.filter((index) => nameKeyOf(index) !== '');
    const keys = named.map(nameKeyOf);
    for (const [left, right] of similarNamePairs(keys, minFuzzyNameLength, maxPairwiseNames)) addPair(named[left] as number, named[right] as number, 'name', companyId);
  }

  return [...pairs.values()].map(({ contactIds, reasons, companyId }) => ({
    contactIds,
    reasons: duplicateReasons.filter((reason) => reasons.has(reason)),
    companyId,
  }));
}
