import { Button } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';

// The way to the Duplicates page, for the Contacts page's toolbar.
export function DuplicatesLink() {
  return (
    <Button component={Link} to="/contacts/duplicates" variant="default" leftSection={<IconUsersGroup size={16} aria-hidden />}>
      Find duplicates
    </Button>
  );
}
