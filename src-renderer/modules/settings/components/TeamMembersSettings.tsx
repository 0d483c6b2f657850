import { ActionIcon, Badge, Button, Group, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useDeleteWithUndo } from '../../feedback/hooks/useDeleteWithUndo';
import { showFormError } from '../../feedback/utils/showFormError';
import { useCurrentMember } from '../hooks/useCurrentMember';
import { SectionCard } from '../../../ui/SectionCard';

export function TeamMembersSettings() {
  const { db, mutations } = useDatabase();
  const me = useCurrentMember();
  const deleteWithUndo = useDeleteWithUndo();
  const members = useLiveQuery(async () => (await db.teamMembers.toArray()).filter((member) => !member.deleted).sort((a, b) => a.name.localeCompare(b.name)), [db]);
  const form = useForm({ initialValues: { name: '', email: '' } });

  const submit = form.onSubmit(async (values) => {
    try {
      await mutations.create('teamMembers', values);
      form.reset();
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });

  return (
    <SectionCard title="Team members" description="The people records can be owned by or assigned to.">
      {members && members.length > 0 ? (
        <Table aria-label="Team members" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <Group gap="xs">
                    {member.name}
                    {member.id === me?.id && <Badge size="sm" variant="light">You</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td align="right">
                  {member.id !== me?.id && (
                    <ActionIcon variant="subtle" color="red" aria-label={`Remove ${member.name}`} onClick={() => deleteWithUndo('teamMembers', [member.id], `Removed ${member.name} from the team`)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          No team members yet. Add the people you work with to assign them contacts, deals, tasks and tickets.
        </Text>
      )}
      <form onSubmit={submit} noValidate aria-label="Add a team member">
        <Group align="flex-end">
          <TextInput label="Member name" {...form.getInputProps('name')} />
          <TextInput label="Member email" type="email" {...form.getInputProps('email')} />
          <Button type="submit" variant="light">
            Add member
          </Button>
        </Group>
      </form>
    </SectionCard>
  );
}
