import { Modal } from '@mantine/core';
import type { NoteSubject } from '../utils/noteSubject';
import { LogActivityForm } from './LogActivityForm';

export type LogActivityModalProps = { subject: NoteSubject; opened: boolean; onClose: () => void };

// The form mounts with the modal, so each opening starts blank with the time set to now.
export function LogActivityModal({ subject, opened, onClose }: LogActivityModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Log activity">
      <LogActivityForm subject={subject} onDone={onClose} />
    </Modal>
  );
}
