import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export type BulkActionDialogProps = {
  // The action chosen, null while closed; a `delete` gets a red button saying what it deletes.
  kind: string | null;
  title: string;
  // What it applies to: "12 contacts".
  countLabel: string;
  submitDisabled?: boolean;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
};

// The dialog of a record table's bulk action: its fields, then Cancel and the action.
export function BulkActionDialog({ kind, title, countLabel, submitDisabled = false, onClose, onSubmit, children }: BulkActionDialogProps) {
  const destructive = kind === 'delete';
  return (
    <Modal opened={kind !== null} onClose={onClose} title={`${title} (${countLabel})`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack>
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={destructive ? 'red' : undefined} disabled={submitDisabled}>
              {destructive ? `Delete ${countLabel}` : 'Apply'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
