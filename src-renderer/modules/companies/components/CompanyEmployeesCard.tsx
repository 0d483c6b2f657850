import { Box, Center, Loader, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';
import { SectionCard } from '../../../ui/SectionCard';
import { VirtualList } from '../../../ui/VirtualList';
import { formatCount } from '../../../ui/utils/formatCount';
import { useDeleteWithUndo } from '../../feedback/hooks/useDeleteWithUndo';
import { useCompanyEmployees, type CompanyEmployee } from '../hooks/useCompanyEmployees';
import { AddEmployeeForm } from './AddEmployeeForm';
import { CompanyEmployeeRow } from './CompanyEmployeeRow';
import { EditMembershipModal } from './EditMembershipModal';

export type CompanyEmployeesCardProps = { company: StoredRecord<'companies'>; readOnly: boolean };

const rowHeight = 56;
const shownRows = 8;

// The contacts working at the company with their role, then a form to add one; a long list
// (thousands) is virtual.
export function CompanyEmployeesCard({ company, readOnly }: CompanyEmployeesCardProps) {
  const employees = useCompanyEmployees(company.id);
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<CompanyEmployee | null>(null);
  const remove = useCallback(
    (employee: CompanyEmployee) => void deleteWithUndo('memberships', [employee.membership.id], `Removed ${employee.name} from ${company.name}`),
    [deleteWithUndo, company.name],
  );

  return (
    <SectionCard title="Employees" description={employees ? formatCount(employees.length, 'contact') + ' in Outpost' : undefined}>
      {employees === undefined ? (
        <Center h={80}>
          <Loader aria-label="Loading employees" />
        </Center>
      ) : employees.length === 0 ? (
        <Text size="sm" c="dimmed">
          No one works here yet. Add an employee below, pick “Add to company…” on selected contacts, or give contacts an email at {company.domain || 'the company’s domain'}.
        </Text>
      ) : (
        <Box h={Math.min(employees.length, shownRows) * rowHeight} style={{ display: 'flex', flexDirection: 'column' }}>
          <VirtualList
            label="Employees"
            itemCount={employees.length}
            itemHeight={rowHeight}
            renderItem={(index) => {
              const employee = employees[index] as CompanyEmployee;
              return <CompanyEmployeeRow employee={employee} readOnly={readOnly} onEdit={setEditing} onRemove={remove} />;
            }}
          />
        </Box>
      )}
      {!readOnly && <AddEmployeeForm companyId={company.id} companyName={company.name} />}
      <EditMembershipModal editing={editing && { membership: editing.membership, title: `${editing.name} at ${company.name}` }} onClose={() => setEditing(null)} />
    </SectionCard>
  );
}
