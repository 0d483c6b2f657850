import { Badge, Group, Text } from '@mantine/core';
import { SectionCard } from '../../../../ui/SectionCard';
import type { ContactList, ContactTag } from '../../hooks/useContactContext';

export type ContactGroupsCardProps = { tags: ContactTag[]; lists: ContactList[] };

// The manual groupings a contact is in: tags (in their colour) and lists.
export function ContactGroupsCard({ tags, lists }: ContactGroupsCardProps) {
  return (
    <>
      <SectionCard title="Tags">
        {tags.length === 0 ? (
          <Text size="sm" c="dimmed">
            No tags. Tags given to this contact will show here.
          </Text>
        ) : (
          <Group gap="xs">
            {tags.map((tag) => (
              <Badge key={tag.id} color={tag.color} variant="light">
                {tag.name}
              </Badge>
            ))}
          </Group>
        )}
      </SectionCard>
      <SectionCard title="Lists">
        {lists.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not on any list. Lists this contact is added to will show here.
          </Text>
        ) : (
          <Group gap="xs">
            {lists.map((list) => (
              <Badge key={list.id} color="gray" variant="outline">
                {list.name}
              </Badge>
            ))}
          </Group>
        )}
      </SectionCard>
    </>
  );
}
