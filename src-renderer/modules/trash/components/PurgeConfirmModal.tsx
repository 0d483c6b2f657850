import { Button, Group, Modal, Text } from '@mantine/core';
import type { TrashItem } from '../utils/readTrash';

export type PurgeConfirmModalProps = { item: TrashItem | null; purging: boolean; onCancel: () => void; onConfirm: (item: TrashItem) => void };

// Purging is the one write with no undo, so it is asked for twice.
export function PurgeConfirmModal({ item, purging, onCancel, onConfirm }: PurgeConfirmModalProps) {
  return (
    <Modal opened={item !== null} onClose={onCancel} title={item ? `Delete ${item.name} forever?` : ''}>
      <Text size="sm">This cannot be undone.{item?.table === 'contacts' ? ' Their notes and website events are deleted too.' : ''}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button color="red" loading={purging} onClick={() => item && onConfirm(item)}>
          Delete forever
        </Button>
      </Group>
    </Modal>
  );
}
