import type { SegmentPredicate } from '@shared/domain/segments/compileSegment';
import type { ContactRow } from '../../contact-list/utils/contactSnapshot';
import type { SegmentFactsLookup } from './segmentFactsIndex';

const chunkSize = 5000;
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

// The ids (in the order given) of the contacts the segment holds, in chunks with a pause between
// them so typing in the builder stays smooth at 100,000 contacts. Stops early when aborted.
export async function evaluateSegmentMembers(
  ids: readonly string[],
  contactOf: (id: string) => ContactRow | undefined,
  matches: SegmentPredicate,
  factsFor: SegmentFactsLookup,
  signal: AbortSignal,
): Promise<string[]> {
  const members: string[] = [];
  for (let start = 0; start < ids.length; start += chunkSize) {
    if (start > 0) await yieldToBrowser();
    signal.throwIfAborted();
    const end = Math.min(ids.length, start + chunkSize);
    for (let index = start; index < end; index += 1) {
      const id = ids[index] as string;
      const contact = contactOf(id);
      if (contact && matches(contact as unknown as Record<string, unknown>, factsFor(id))) members.push(id);
    }
  }
  return members;
}
