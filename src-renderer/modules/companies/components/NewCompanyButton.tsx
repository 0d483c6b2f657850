import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { CompanyFormModal } from './CompanyFormModal';

// Creates a company and opens its profile.
export function NewCompanyButton() {
  const { mutations } = useDatabase();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button leftSection={<IconPlus size={16} />} onClick={open}>
        New company
      </Button>
      <CompanyFormModal
        opened={opened}
        title="New company"
        company={null}
        submitLabel="Create company"
        onClose={close}
        onSubmit={async (input) => {
          const company = await mutations.create('companies', input);
          close();
          void navigate(`/companies/${company.id}`);
        }}
      />
    </>
  );
}
