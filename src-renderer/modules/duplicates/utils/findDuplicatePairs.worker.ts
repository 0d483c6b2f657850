import type { DuplicateCandidate } from '@shared/domain/duplicates/duplicateTypes';
import { findDuplicatePairs } from '@shared/domain/duplicates/findDuplicatePairs';

// Comparing 100,000 contacts takes a few hundred milliseconds: off the main thread, the app stays responsive.
self.onmessage = (event: MessageEvent<DuplicateCandidate[]>) => {
  self.postMessage(findDuplicatePairs(event.data));
};
