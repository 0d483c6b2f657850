import { Button, Grid, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { DetailPage } from '../../../ui/DetailPage';
import { ScrollablePage } from '../../../ui/ScrollablePage';
import { useDeleteWithUndo } from '../../feedback/hooks/useDeleteWithUndo';
import { CompanyActivity } from './CompanyActivity';
import { CompanyDetailsCard } from './CompanyDetailsCard';
import { CompanyEmployeesCard } from './CompanyEmployeesCard';
import { CompanyFormModal } from './CompanyFormModal';

// A company's profile: its details (edited in a form), employees with their roles, and its
// timeline, deals, tasks, notes and tickets.
export function CompanyDetailView() {
  const { companyId = '' } = useParams();
  const { db, mutations } = useDatabase();
  const navigate = useNavigate();
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, { open: edit, close: closeEdit }] = useDisclosure();
  const company = useLiveQuery(async () => (await db.companies.get(companyId)) ?? null, [db, companyId]);
  const readOnly = company?.deleted === 1;

  const actions = company && !readOnly && (
    <Group gap="sm">
      <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit}>
        Edit details
      </Button>
      <Button
        variant="default"
        color="red"
        leftSection={<IconTrash size={16} />}
        onClick={() => void deleteWithUndo('companies', [company.id], `Deleted ${company.name}`).then((deleted) => deleted && navigate('/companies'))}
      >
        Delete
      </Button>
    </Group>
  );

  return (
    <ScrollablePage label="Company">
      <DetailPage record={company} backTo="/companies" backLabel="All companies" title={company?.name ?? ''} subtitle={readOnly ? 'In the trash' : company?.domain} actions={actions}>
        {company && (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="md">
                <CompanyDetailsCard company={company} />
                <CompanyActivity companyId={company.id} readOnly={readOnly} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <CompanyEmployeesCard company={company} readOnly={readOnly} />
            </Grid.Col>
          </Grid>
        )}
        {company && (
          <CompanyFormModal
            key={company.updatedAt}
            opened={editing}
            title={`Edit ${company.name}`}
            company={company}
            submitLabel="Save"
            onClose={closeEdit}
            onSubmit={async (input) => {
              await mutations.update('companies', company.id, input);
              closeEdit();
            }}
          />
        )}
      </DetailPage>
    </ScrollablePage>
  );
}
