import { Button, Group, Kbd, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showFormError } from '../../feedback/utils/showFormError';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';
import type { NoteSubject } from '../utils/noteSubject';

export type NoteComposerProps = { subject: NoteSubject };

// A note written at the top of a timeline; Ctrl/Cmd+Enter saves it without reaching for the mouse.
export function NoteComposer({ subject }: NoteComposerProps) {
  const { mutations } = useDatabase();
  const member = useCurrentMember();
  const form = useForm({ initialValues: { body: '' } });

  const submit = form.onSubmit(async ({ body }) => {
    try {
      await mutations.create('notes', { ...subject, kind: 'note', body: body.trim(), authorId: member?.id ?? null });
      form.reset();
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Add a note">
      <Stack gap="xs">
        <Textarea
          label="New note"
          placeholder="What did you learn, agree or promise?"
          autosize
          minRows={2}
          maxRows={8}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
          {...form.getInputProps('body')}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Ctrl</Kbd> or <Kbd size="xs">⌘</Kbd> + <Kbd size="xs">Enter</Kbd> saves
          </Text>
          <Button type="submit" size="sm">
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
