import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTicketActions } from '../hooks/useTicketActions';
import type { TicketMessageDraft } from '../utils/addTicketMessage';

export type TicketComposerProps = { ticketId: string };

type Kind = TicketMessageDraft['kind'];

const kindOptions = [
  { value: 'reply', label: 'Reply' },
  { value: 'note', label: 'Internal note' },
];

const copy: Record<Kind, { field: string; submit: string }> = {
  reply: { field: 'Reply to the contact', submit: 'Send reply' },
  note: { field: 'Internal note for the team', submit: 'Add note' },
};

// Writes a reply or an internal note; Ctrl/Cmd+Enter sends.
export function TicketComposer({ ticketId }: TicketComposerProps) {
  const { addMessage } = useTicketActions();
  const [kind, setKind] = useState<Kind>('reply');
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);

  const send = async () => {
    if (!body.trim() || sending) return;
    setSending(true);
    if (await addMessage(ticketId, { kind, body })) setBody('');
    setSending(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <Stack gap="xs" component="form" aria-label="Reply or note" onSubmit={(event) => (event.preventDefault(), void send())}>
      <SegmentedControl aria-label="Message kind" data={kindOptions} value={kind} onChange={(value) => setKind(value as Kind)} w="fit-content" />
      <Textarea
        label={copy[kind].field}
        description={kind === 'note' ? 'Only your team sees internal notes.' : undefined}
        autosize
        minRows={3}
        maxRows={12}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          Markdown works: **bold**, *italic*, `code`, [link](https://…), lists. Ctrl+Enter sends.
        </Text>
        <Button type="submit" disabled={!body.trim()} loading={sending}>
          {copy[kind].submit}
        </Button>
      </Group>
    </Stack>
  );
}
