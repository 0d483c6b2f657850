import { Autocomplete, Button, Group, Modal } from '@mantine/core';
import { useState } from 'react';

const commonReasons = ['Price too high', 'Chose a competitor', 'No budget', 'No decision', 'Bad timing', 'Missing feature'];

export type LoseDealModalProps = { title: string | null; onCancel: () => void; onConfirm: (reason: string) => void };

// A lost deal says why, so the team can learn from it: a common reason or one's own words.
export function LoseDealModal({ title, onCancel, onConfirm }: LoseDealModalProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const close = () => {
    setReason('');
    setError(undefined);
    onCancel();
  };
  const confirm = () => {
    if (!reason.trim()) return setError('Say why the deal was lost');
    onConfirm(reason.trim());
    setReason('');
    setError(undefined);
  };
  return (
    <Modal opened={title !== null} onClose={close} title={title ? `Mark ${title} lost` : ''}>
      <form
        aria-label="Why the deal was lost"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <Autocomplete label="Lost reason" data={commonReasons} value={reason} onChange={setReason} error={error} data-autofocus mb="md" />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" color="red">
            Mark lost
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
