import type { DismissedPair, DuplicateCandidate, DuplicateGroup } from './duplicateTypes';
import { findDuplicatePairs, type FindDuplicatesOptions } from './findDuplicatePairs';
import { groupDuplicatePairs } from './groupDuplicatePairs';

// Likely duplicates among contacts: same mailbox, same phone number, same external id, or a
// similar name at a shared company; pairs someone kept separate are left out.
export function findDuplicates(contacts: Iterable<DuplicateCandidate>, dismissed: Iterable<DismissedPair> = [], options: FindDuplicatesOptions = {}): DuplicateGroup[] {
  return groupDuplicatePairs(findDuplicatePairs(contacts, options), { dismissed });
}
