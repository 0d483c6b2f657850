// One key per unordered pair of contacts, the same whichever side it is built from.
export function duplicatePairKey(contactId: string, otherContactId: string): string {
  return contactId < otherContactId ? `${contactId}\u0000${otherContactId}` : `${otherContactId}\u0000${contactId}`;
}
