// What the duplicate finder needs of a contact; stored contact rows fit as they are.
export type DuplicateCandidate = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  externalId: string | null;
  companyIds: readonly string[];
  deleted?: 0 | 1;
};

// A "Keep separate" decision; stored dismissal rows fit, and soft-deleted ones are ignored.
export type DismissedPair = { contactId: string; otherContactId: string; deleted?: 0 | 1 };

export const duplicateReasons = ['email', 'phone', 'externalId', 'name'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

// Two contacts that look like one person; ids in sorted order. `companyId` is the shared
// company where their names matched (null when the name is not a reason).
export type DuplicatePair = { contactIds: readonly [string, string]; reasons: DuplicateReason[]; companyId: string | null };

// Contacts linked by pairs, directly or through each other.
export type DuplicateGroup = { contactIds: string[]; pairs: DuplicatePair[]; reasons: DuplicateReason[] };
