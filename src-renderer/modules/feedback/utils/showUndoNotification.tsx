import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { UndoEntry } from '../../../db/mutations/undoStore';
import { showWriteError } from './showWriteError';

export function undoLastAction(mutations: MutationLayer): void {
  mutations
    .undoLast()
    .then((entry) => {
      if (entry) notifications.show({ message: `Undone: ${entry.label}`, autoClose: 3000 });
    })
    .catch(showWriteError);
}

// A destructive action is reported with a way back; Ctrl/Cmd+Z does the same.
export function showUndoNotification(entry: UndoEntry, mutations: MutationLayer): void {
  const id = `undo-${Date.now()}`;
  notifications.show({
    id,
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{entry.label}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            undoLastAction(mutations);
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
