import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { findCaptureDuplicates, type CaptureDuplicate, type CaptureDuplicateQuery } from '../utils/findCaptureDuplicates';

const none: CaptureDuplicate[] = [];
// Long enough to skip keystrokes typed in a burst, short enough to warn before the next field.
const settleMs = 60;

// Likely existing contacts for what is being typed, live (a contact saved meanwhile counts too).
export function useCaptureDuplicates(query: CaptureDuplicateQuery): CaptureDuplicate[] {
  const { db } = useDatabase();
  const [settled] = useDebouncedValue(query, settleMs);
  const { firstName, lastName, email, phone, companyId, ignoredIds } = settled;
  return (
    useLiveQuery(
      () => findCaptureDuplicates(db, { firstName, lastName, email, phone, companyId, ignoredIds }),
      [db, firstName, lastName, email, phone, companyId, ignoredIds.join(' ')],
    ) ?? none
  );
}
