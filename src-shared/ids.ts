import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

// Ids are made on the device so records created offline never collide; ULIDs sort by creation time.
export function newId(): string {
  return nextUlid();
}

// Link rows (contact-tag, contact-list, ...) get one id per pair, so two devices adding the same
// link create the same row instead of two.
export function pairId(kind: string, leftId: string, rightId: string): string {
  return `${kind}:${leftId}:${rightId}`;
}
