// Two name keys are similar when they are equal, or when leaving out at most one character of
// each makes them equal: one typo (a wrong, missing, extra or swapped-neighbour letter). Only a
// key of at least `minFuzzyLength` characters may lose one, since "Li Wu" and "Li Xu" are as
// likely two people as one.
export function namesAreSimilar(a: string, b: string, minFuzzyLength: number): boolean {
  if (a === b) return true;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.length < minFuzzyLength || long.length - short.length > 1) return false;
  let start = 0;
  while (start < short.length && long[start] === short[start]) start += 1;
  // A longer key must become the shorter by leaving out the character where they part.
  if (long.length > short.length) return long.slice(start + 1) === short.slice(start);
  if (short.length < minFuzzyLength) return false;
  let end = long.length - 1;
  while (end > start && long[end] === short[end]) end -= 1;
  // Leave out the first differing character of one and the last of the other.
  return long.slice(start + 1, end + 1) === short.slice(start, end) || long.slice(start, end) === short.slice(start + 1, end + 1);
}

// The key and, if it is long enough, every form with one character left out: two keys are
// similar exactly when their variants meet.
export function nameVariants(key: string, minFuzzyLength: number): string[] {
  const variants = new Set([key]);
  if (key.length >= minFuzzyLength) {
    for (let index = 0; index < key.length; index += 1) variants.add(key.slice(0, index) + key.slice(index + 1));
  }
  return [...variants];
}

// Index pairs [i, j] (i < j) of similar keys. A few keys are compared pair by pair; many are
// bucketed by variant, which costs a dozen or so map entries per key instead of n² comparisons.
export function similarNamePairs(keys: readonly string[], minFuzzyLength: number, maxPairwise: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (keys.length <= maxPairwise) {
    for (let left = 0; left < keys.length; left += 1) {
      for (let right = left + 1; right < keys.length; right += 1) {
        if (namesAreSimilar(keys[left] as string, keys[right] as string, minFuzzyLength)) pairs.push([left, right]);
      }
    }
    return pairs;
  }
  const buckets = new Map<string, number[]>();
  keys.forEach((key, index) => {
    for (const variant of nameVariants(key, minFuzzyLength)) {
      const bucket = buckets.get(variant);
      if (bucket) bucket.push(index);
      else buckets.set(variant, [index]);
    }
  });
  const seen = new Set<number>();
  for (const bucket of buckets.values()) {
    for (let left = 0; left < bucket.length; left += 1) {
      for (let right = left + 1; right < bucket.length; right += 1) {
        const pair: [number, number] = [bucket[left] as number, bucket[right] as number];
        const code = pair[0] * keys.length + pair[1];
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push(pair);
      }
    }
  }
  return pairs;
}
