import { Button, Center, Loader } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { ContactListView } from '../../contact-list/components/ContactListView';
import { useSegmentMembers } from '../hooks/useSegmentMembers';
import { SegmentMemberCount } from './SegmentMemberCount';

type SegmentContactsProps = { segment: StoredRecord<'segments'> };

// The segment's members in the contacts table, with its search, filters, sort and bulk actions.
function SegmentContacts({ segment }: SegmentContactsProps) {
  const navigate = useNavigate();
  const members = useSegmentMembers(segment.definition);
  const memberIds = useMemo(() => (members.ids ? new Set(members.ids) : null), [members.ids]);
  if (!memberIds) {
    return (
      <Center h={200}>
        {members.problem ? <SegmentMemberCount members={members} /> : <Loader aria-label="Counting segment members" />}
      </Center>
    );
  }
  return (
    <ContactListView
      title={segment.name}
      restrictTo={memberIds}
      emptyState={{ title: 'No contact in this segment', body: 'Contacts join by themselves once their data meets the segment’s conditions; edit the segment to change them.' }}
      actions={
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => navigate(`/segments/${segment.id}/edit`)}>
          Edit segment
        </Button>
      }
    />
  );
}

// /segments/:segmentId
export function SegmentDetailView() {
  const { segmentId } = useParams();
  const { db } = useDatabase();
  const segment = useLiveQuery(async () => (segmentId ? ((await db.segments.get(segmentId)) ?? null) : null), [db, segmentId]);
  if (segment === undefined) return null;
  if (segment === null || segment.deleted) return <Navigate to="/segments" replace />;
  return <SegmentContacts segment={segment} />;
}
