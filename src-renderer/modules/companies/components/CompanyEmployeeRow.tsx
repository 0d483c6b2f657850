import { ActionIcon, Anchor, Badge, Group, Text } from '@mantine/core';
import { IconPencil, IconUserMinus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/utils/formatDate';
import type { CompanyEmployee } from '../hooks/useCompanyEmployees';

export type CompanyEmployeeRowProps = { employee: CompanyEmployee; readOnly: boolean; onEdit: (employee: CompanyEmployee) => void; onRemove: (employee: CompanyEmployee) => void };

export function CompanyEmployeeRow({ employee, readOnly, onEdit, onRemove }: CompanyEmployeeRowProps) {
  const { membership, contact, name } = employee;
  return (
    <Group justify="space-between" wrap="nowrap" h="100%" px="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <div style={{ minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/contacts/${contact.id}`} size="sm" fw={500} truncate="end">
            {name}
          </Anchor>
          {membership.primary && (
            <Badge size="xs" variant="light">
              primary
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" truncate="end">
          {[membership.role, membership.since ? `since ${formatDate(membership.since)}` : '', contact.email ?? ''].filter(Boolean).join(' · ') || 'No role yet'}
        </Text>
      </div>
      {!readOnly && (
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" aria-label={`Edit role of ${name}`} onClick={() => onEdit(employee)}>
            <IconPencil size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={`Remove ${name} from the company`} onClick={() => onRemove(employee)}>
            <IconUserMinus size={16} />
          </ActionIcon>
        </Group>
      )}
    </Group>
  );
}
