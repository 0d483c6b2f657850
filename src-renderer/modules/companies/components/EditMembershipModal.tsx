import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import type { MembershipFields as Membership } from '@shared/domain/contact';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { updateMembership } from '../utils/updateMembership';
import { MembershipFields } from './MembershipFields';

export type EditMembershipModalProps = {
  // The membership being edited, and who and where, for the title; null when closed.
  editing: { membership: StoredRecord<'memberships'>; title: string } | null;
  onClose: () => void;
};

export function EditMembershipModal({ editing, onClose }: EditMembershipModalProps) {
  return (
    <Modal opened={editing !== null} onClose={onClose} title={editing?.title ?? ''} size="lg">
      {editing && <EditMembershipForm key={editing.membership.id} membership={editing.membership} onDone={onClose} />}
    </Modal>
  );
}

function EditMembershipForm({ membership, onDone }: { membership: StoredRecord<'memberships'>; onDone: () => void }) {
  const { db, mutations } = useDatabase();
  const [value, setValue] = useState<Pick<Membership, 'role' | 'since' | 'primary'>>({ role: membership.role, since: membership.since, primary: membership.primary });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void updateMembership(db, mutations, membership, value).then(onDone, showWriteError);
      }}
    >
      <Stack>
        <MembershipFields value={value} onChange={setValue} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit">Save</Button>
        </Group>
      </Stack>
    </form>
  );
}
