import { ActionIcon, Box, Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconColumns } from '@tabler/icons-react';
import type { RecordTableColumn } from './RecordTable';

export type ColumnsMenuProps = {
  all: readonly RecordTableColumn[];
  shown: string[];
  defaults: string[];
  onChange: (columns: string[]) => void;
};

function move(list: string[], index: number, offset: number): string[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(index + offset, 0, item as string);
  return next;
}

// Choose and order a record table's columns; shown columns first in their order, the rest
// after. The name column (`sortName`) always stays.
export function ColumnsMenu({ all, shown, defaults, onChange }: ColumnsMenuProps) {
  const labels = new Map(all.map((column) => [column.id, column.label]));
  const shownColumns = shown.filter((id) => labels.has(id));
  const hidden = all.filter((column) => !shown.includes(column.id));
  return (
    <Popover position="bottom-end" width={300} shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Box mah={420} style={{ overflowY: 'auto' }}>
          <Stack gap={6}>
            {shownColumns.map((id, index) => {
              const label = labels.get(id) ?? id;
              return (
                <Group key={id} justify="space-between" wrap="nowrap">
                  <Checkbox label={label} checked disabled={id === 'sortName'} onChange={() => onChange(shown.filter((entry) => entry !== id))} />
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon variant="subtle" size="sm" aria-label={`Move ${label} left`} disabled={index === 0} onClick={() => onChange(move(shownColumns, index, -1))}>
                      <IconArrowUp size={14} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" size="sm" aria-label={`Move ${label} right`} disabled={index === shownColumns.length - 1} onClick={() => onChange(move(shownColumns, index, 1))}>
                      <IconArrowDown size={14} />
                    </ActionIcon>
                  </Group>
                </Group>
              );
            })}
            {hidden.length > 0 && (
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} mt="xs">
                More columns
              </Text>
            )}
            {hidden.map((column) => (
              <Checkbox key={column.id} label={column.label} checked={false} onChange={() => onChange([...shownColumns, column.id])} />
            ))}
            <Button variant="subtle" size="compact-sm" onClick={() => onChange(defaults)}>
              Reset columns
            </Button>
          </Stack>
        </Box>
      </Popover.Dropdown>
    </Popover>
  );
}
