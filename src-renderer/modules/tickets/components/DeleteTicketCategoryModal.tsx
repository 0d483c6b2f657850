import { Button, Group, Modal, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { formatCount } from '../../../ui/utils/formatCount';

type Category = StoredRecord<'ticketCategories'>;

export type DeleteTicketCategoryModalProps = { category: Category | null; onCancel: () => void; onConfirm: (category: Category) => void };

// Says how many tickets lose the category before it goes.
export function DeleteTicketCategoryModal({ category, onCancel, onConfirm }: DeleteTicketCategoryModalProps) {
  const { db } = useDatabase();
  const categoryId = category?.id ?? '';
  const ticketCount = useLiveQuery(async () => (categoryId ? (await db.tickets.toArray()).filter((ticket) => !ticket.deleted && ticket.category === categoryId).length : 0), [db, categoryId]);
  return (
    <Modal opened={category !== null} onClose={onCancel} title={category ? `Delete the category ${category.name}?` : ''}>
      <Text size="sm" mb="md">
        {ticketCount ? `${formatCount(ticketCount, 'ticket')} in it will have no category.` : 'No ticket is in this category.'} You can undo this right after.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button color="red" onClick={() => category && onConfirm(category)}>
          Delete category
        </Button>
      </Group>
    </Modal>
  );
}
