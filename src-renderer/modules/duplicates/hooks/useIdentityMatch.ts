import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { homeCountry } from '../../contacts/utils/homeCountry';
import { findIdentityMatches, type IdentityMatch } from '../utils/findIdentityMatches';

const noMatches: IdentityMatch[] = [];

// Existing contacts (other than `contactId`) with this email or phone number, live; phone
// numbers typed without a country code are read as the viewer's country.
export function useIdentityMatch(contactId: string | null, email: string | null | undefined, phone: string | null | undefined): IdentityMatch[] {
  const { db } = useDatabase();
  return useLiveQuery(() => findIdentityMatches(db, { contactId, email, phone, defaultCountry: homeCountry }), [db, contactId, email, phone]) ?? noMatches;
}
