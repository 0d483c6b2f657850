import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useMemo } from 'react';
import { findContactMatches, findNameMatches, rankCaptureDuplicates, type CaptureDuplicate, type CaptureDuplicateQuery, type CaptureMatch } from '../utils/findCaptureDuplicates';

const none: CaptureDuplicate[] = [];
const noMatches: CaptureMatch[] = [];

// Likely existing contacts for what is being typed, live (a contact saved meanwhile counts too).
// Every keystroke is checked: the lookups are index reads of well under a millisecond (see the
// capture bench), and a debounce would show the last contact's matches under the next one's.
export function useCaptureDuplicates(query: CaptureDuplicateQuery): CaptureDuplicate[] {
  const { db } = useDatabase();
  const { firstName, lastName, email, phone, companyId } = query;
  // Apart, so typing the email does not repeat the name lookups, nor the other way round.
  const byContact = useLiveQuery(() => findContactMatches(db, { email, phone }), [db, email, phone]) ?? noMatches;
  const byName = useLiveQuery(() => findNameMatches(db, { firstName, lastName, companyId }), [db, firstName, lastName, companyId]) ?? noMatches;
  const found = useMemo(() => rankCaptureDuplicates([...byContact, ...byName], query.ignoredIds), [byContact, byName, query.ignoredIds]);
  // A form just cleared for the next contact warns of nothing, not of the one just saved.
  const blank = !query.firstName.trim() && !query.lastName.trim() && !query.email.trim() && !query.phone.trim();
  return blank ? none : found;
}
