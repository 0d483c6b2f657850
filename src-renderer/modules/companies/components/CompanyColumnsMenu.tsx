import { Box, Button, Checkbox, Popover, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { defaultCompanyColumnIds } from '@shared/domain/companies/companyColumns';
import type { CompanyColumns } from '../hooks/useCompanyColumns';
import { useCompanyViewStore } from '../states/companyViewStore';

export type CompanyColumnsMenuProps = { columns: CompanyColumns };

// Which columns the companies table shows; new ones are added at the end.
export function CompanyColumnsMenu({ columns }: CompanyColumnsMenuProps) {
  const { columns: shown, setColumns } = useCompanyViewStore();
  return (
    <Popover position="bottom-end" width={260} shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Box mah={420} style={{ overflowY: 'auto' }}>
          <Stack gap={6}>
            {columns.all.map((column) => (
              <Checkbox
                key={column.id}
                label={column.label}
                checked={shown.includes(column.id)}
                disabled={column.id === 'sortName'}
                onChange={(event) => setColumns(event.currentTarget.checked ? [...shown, column.id] : shown.filter((id) => id !== column.id))}
              />
            ))}
            <Button variant="subtle" size="compact-sm" onClick={() => setColumns(defaultCompanyColumnIds)}>
              Reset columns
            </Button>
          </Stack>
        </Box>
      </Popover.Dropdown>
    </Popover>
  );
}
