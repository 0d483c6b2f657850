import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showFormError } from '../../feedback/utils/showFormError';
import { useCurrentMember } from '../hooks/useCurrentMember';
import { saveProfile } from '../utils/saveProfile';
import { SectionCard } from '../../../ui/SectionCard';

export function ProfileSettings() {
  const database = useDatabase();
  const member = useCurrentMember();
  const form = useForm({ initialValues: { name: '', email: '' } });
  const { setValues, resetDirty } = form;

  useEffect(() => {
    if (!member) return;
    setValues({ name: member.name, email: member.email });
    resetDirty({ name: member.name, email: member.email });
  }, [member, setValues, resetDirty]);

  const submit = form.onSubmit(async (values) => {
    try {
      await saveProfile(database, member?.id ?? null, values);
      notifications.show({ message: 'Profile saved', autoClose: 2500 });
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });

  return (
    <SectionCard title="Your profile" description="You appear under this name as the owner of contacts and deals and the assignee of tasks and tickets.">
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" grow>
          <TextInput label="Name" required autoComplete="name" {...form.getInputProps('name')} />
          <TextInput label="Email" required type="email" autoComplete="email" {...form.getInputProps('email')} />
        </Group>
        <Group mt="md">
          <Button type="submit">Save profile</Button>
        </Group>
      </form>
    </SectionCard>
  );
}
