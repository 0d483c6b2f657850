import { Button, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showFormError } from '../../feedback/utils/showFormError';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';
import { fromDateTimeLocal, toDateTimeLocal } from '../utils/dateTimeLocal';
import type { NoteSubject } from '../utils/noteSubject';

export type LogActivityFormProps = { subject: NoteSubject; onDone: () => void };

const activityKinds = [
  { value: 'call', label: 'Call' },
  { value: 'email', label: 'Email' },
  { value: 'meeting', label: 'Meeting' },
] as const;
type ActivityKind = (typeof activityKinds)[number]['value'];

// A call, email or meeting that happened away from Outpost, kept as a note of that kind at the
// time it took place.
export function LogActivityForm({ subject, onDone }: LogActivityFormProps) {
  const { mutations } = useDatabase();
  const member = useCurrentMember();
  const kindLabelId = useId();
  const form = useForm<{ kind: ActivityKind; occurredAt: string; body: string }>({
    initialValues: { kind: 'call', occurredAt: toDateTimeLocal(new Date()), body: '' },
  });

  const submit = form.onSubmit(async ({ kind, occurredAt, body }) => {
    const when = fromDateTimeLocal(occurredAt);
    if (!when) {
      form.setFieldError('occurredAt', 'Enter when it happened');
      return;
    }
    try {
      await mutations.create('notes', { ...subject, kind, occurredAt: when, body: body.trim(), authorId: member?.id ?? null });
      onDone();
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <div>
          <Text id={kindLabelId} size="sm" fw={500} mb={4}>
            Kind
          </Text>
          <SegmentedControl aria-labelledby={kindLabelId} fullWidth data={[...activityKinds]} {...form.getInputProps('kind')} />
        </div>
        <TextInput type="datetime-local" label="When" required {...form.getInputProps('occurredAt')} />
        <Textarea label="What happened" required autosize minRows={3} maxRows={10} data-autofocus {...form.getInputProps('body')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit">Log {form.values.kind}</Button>
        </Group>
      </Stack>
    </form>
  );
}
