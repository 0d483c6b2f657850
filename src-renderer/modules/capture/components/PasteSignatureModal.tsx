import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';

export type PasteSignatureModalProps = { opened: boolean; onClose: () => void; onRead: (text: string) => void };

function PasteForm({ onClose, onRead }: Omit<PasteSignatureModalProps, 'opened'>) {
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onRead(text);
        onClose();
      }}
    >
      <Stack gap="sm">
        <Textarea label="Signature or card text" description="Paste an email signature or the text of a business card" autosize minRows={6} data-autofocus value={text} onChange={(event) => setText(event.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={!text.trim()}>
            Fill the form
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PasteSignatureModal({ opened, onClose, onRead }: PasteSignatureModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Paste a signature or card">
      {opened && <PasteForm onClose={onClose} onRead={onRead} />}
    </Modal>
  );
}
