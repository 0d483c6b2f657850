import { Center, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate, useParams } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { ContactListView } from '../../contact-list/components/ContactListView';
import { useContactsWith } from '../../contact-list/hooks/useContactsWith';

// /tags/:tagId: the tag's contacts, with the contacts table's search, filters and bulk actions.
export function TagContactsView() {
  const { tagId = '' } = useParams();
  const { db } = useDatabase();
  const tag = useLiveQuery(async () => (await db.tags.get(tagId)) ?? null, [db, tagId]);
  const members = useContactsWith('tagIds', tagId);
  if (tag === null || tag?.deleted) return <Navigate to="/tags" replace />;
  if (!tag || !members) {
    return (
      <Center h={200}>
        <Loader aria-label="Loading the tag’s contacts" />
      </Center>
    );
  }
  return (
    <ContactListView
      title={`Tag: ${tag.name}`}
      restrictTo={members}
      emptyState={{ title: 'No contact has this tag', body: 'Tag contacts from their profile or select them in the contacts table and choose Add tags.' }}
    />
  );
}
