import { NavLink } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { NavLink as RouterNavLink } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';

export type SavedSegmentLinksProps = { onNavigate: () => void };

// Saved segments under Segments in the navigation, each opening its contacts.
export function SavedSegmentLinks({ onNavigate }: SavedSegmentLinksProps) {
  const { db } = useDatabase();
  const segments = useLiveQuery(async () => (await db.segments.orderBy('name').toArray()).filter((segment) => !segment.deleted), [db]);
  return (segments ?? []).map((segment) => (
    <NavLink key={segment.id} component={RouterNavLink} to={`/segments/${segment.id}`} end label={segment.name} pl="xl" py={4} onClick={onNavigate} />
  ));
}
