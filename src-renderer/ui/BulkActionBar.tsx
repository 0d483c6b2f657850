import { Button, Group, Menu, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type BulkAction<Kind extends string> = { kind: Kind; label: string };

export type BulkActionBarProps<Kind extends string> = {
  // The ids the table shows, in order; the selection is the shown ones that are selected.
  ids: readonly string[];
  selectedCount: number;
  actions: ReadonlyArray<BulkAction<Kind>>;
  onSelectAll: () => void;
  onClear: () => void;
  onAction: (kind: Kind) => void;
  // The action's dialog.
  children?: ReactNode;
};

// A record table's selection count, "select all matching", and the actions that apply to it
// (a `delete` action shows in red).
export function BulkActionBar<Kind extends string>({ ids, selectedCount, actions, onSelectAll, onClear, onAction, children }: BulkActionBarProps<Kind>) {
  return (
    <Group gap="sm" role="toolbar" aria-label="Selection">
      <Text size="sm" fw={500}>
        {selectedCount > 0 ? `${selectedCount.toLocaleString()} selected` : 'None selected'}
      </Text>
      {selectedCount < ids.length && (
        <Button variant="subtle" size="compact-sm" onClick={onSelectAll}>
          Select all {ids.length.toLocaleString()} matching
        </Button>
      )}
      {selectedCount > 0 && (
        <>
          <Button variant="subtle" size="compact-sm" onClick={onClear}>
            Clear selection
          </Button>
          <Menu position="bottom-start">
            <Menu.Target>
              <Button size="compact-sm" rightSection={<IconChevronDown size={14} />}>
                Bulk actions
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {actions.map((action) => (
                <Menu.Item key={action.kind} color={action.kind === 'delete' ? 'red' : undefined} onClick={() => onAction(action.kind)}>
                  {action.label}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </>
      )}
      {children}
    </Group>
  );
}
