import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useMemo } from 'react';
import { findContactMatches, findNameMatches, rankCaptureDuplicates, type CaptureDuplicate, type CaptureDuplicateQuery, type CaptureMatch } from '../utils/findCaptureDuplicates';

const none: CaptureDuplicate[] = [];
const noMatches: CaptureMatch[] = [];
// Long enough to skip keystrokes typed in a burst, short enough to warn before the next field.
const settleMs = 60;

// Likely existing contacts for what is being typed, live (a contact saved meanwhile counts too).
export function useCaptureDuplicates(query: CaptureDuplicateQuery): CaptureDuplicate[] {
  const { db } = useDatabase();
  const [settled] = useDebouncedValue(query, settleMs);
  const { firstName, lastName, email, phone, companyId } = settled;
  // Apart, so typing the email does not repeat the name lookups, nor the other way round.
  const byContact = useLiveQuery(() => findContactMatches(db, { email, phone }), [db, email, phone]) ?? noMatches;
  const byName = useLiveQuery(() => findNameMatches(db, { firstName, lastName, companyId }), [db, firstName, lastName, companyId]) ?? noMatches;
  const found = useMemo(() => rankCaptureDuplicates([...byContact, ...byName], query.ignoredIds), [byContact, byName, query.ignoredIds]);
  // A form just cleared for the next contact warns of nothing, not of the one just saved.
  const blank = !query.firstName.trim() && !query.lastName.trim() && !query.email.trim() && !query.phone.trim();
  return blank ? none : found;
}
