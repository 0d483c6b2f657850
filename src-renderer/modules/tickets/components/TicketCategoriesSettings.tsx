import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { SectionCard } from '../../../ui/SectionCard';
import { showFormError } from '../../feedback/utils/showFormError';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { useTicketCategories } from '../hooks/useTicketCategories';
import { deleteTicketCategory } from '../utils/deleteTicketCategory';
import { DeleteTicketCategoryModal } from './DeleteTicketCategoryModal';
import { TicketCategoryRow } from './TicketCategoryRow';

type Category = StoredRecord<'ticketCategories'>;

// Settings > Ticket categories: add, rename and delete the categories tickets are filed under.
export function TicketCategoriesSettings() {
  const { db, mutations } = useDatabase();
  const categories = useTicketCategories();
  const [deleting, setDeleting] = useState<Category | null>(null);
  const form = useForm({ initialValues: { name: '' } });

  const add = form.onSubmit(async (values) => {
    try {
      await mutations.create('ticketCategories', values);
      form.reset();
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });

  const confirmDelete = async (category: Category) => {
    setDeleting(null);
    try {
      showUndoNotification(await deleteTicketCategory(db, mutations, category), mutations);
    } catch (error) {
      showWriteError(error);
    }
  };

  return (
    <SectionCard title="Ticket categories" description="What tickets are about, for filtering the inbox and the board.">
      {categories && categories.length > 0 ? (
        <Stack gap={4} component="ul" aria-label="Ticket categories" p={0} m={0} style={{ listStyle: 'none' }}>
          {categories.map((category) => (
            <TicketCategoryRow key={category.id} category={category} onDelete={() => setDeleting(category)} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No categories yet. Add one, such as Billing or Bug, to file tickets under it.
        </Text>
      )}
      <form onSubmit={add} noValidate aria-label="Add a ticket category">
        <Group align="flex-start">
          <TextInput label="Category name" {...form.getInputProps('name')} />
          <Button type="submit" variant="light" mt={25}>
            Add category
          </Button>
        </Group>
      </form>
      <DeleteTicketCategoryModal category={deleting} onCancel={() => setDeleting(null)} onConfirm={(category) => void confirmDelete(category)} />
    </SectionCard>
  );
}
