import { ActionIcon, Code, Group, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useAttributeDefinitions, type AttributeDefinition } from '../hooks/useAttributeDefinitions';
import { attributeEntityLabels, attributeTypeLabels, type AttributeEntity } from '../utils/attributeLabels';

export type AttributeTableProps = {
  entity: AttributeEntity;
  onEdit: (attribute: AttributeDefinition) => void;
  onDelete: (attribute: AttributeDefinition) => void;
};

export function AttributeTable({ entity, onEdit, onDelete }: AttributeTableProps) {
  const attributes = useAttributeDefinitions(entity);
  const { singular, plural } = attributeEntityLabels[entity];
  if (!attributes) return <Loader size="sm" aria-label={`Loading ${singular.toLowerCase()} attributes`} />;
  if (attributes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No {singular.toLowerCase()} attributes yet. Add one to record what matters about your {plural.toLowerCase()}.
      </Text>
    );
  }
  return (
    <Table aria-label={`${singular} attributes`} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Label</Table.Th>
          <Table.Th>Key</Table.Th>
          <Table.Th>Type</Table.Th>
          <Table.Th>Options</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {attributes.map((attribute) => (
          <Table.Tr key={attribute.id}>
            <Table.Td>{attribute.label}</Table.Td>
            <Table.Td>
              <Code>{attribute.key}</Code>
            </Table.Td>
            <Table.Td>{attributeTypeLabels[attribute.type]}</Table.Td>
            <Table.Td>{attribute.options.map((option) => option.label).join(', ')}</Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <ActionIcon variant="subtle" aria-label={`Edit ${attribute.label}`} onClick={() => onEdit(attribute)}>
                  <IconPencil size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={`Delete ${attribute.label}`} onClick={() => onDelete(attribute)}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
