import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { formatCount } from '../../../ui/utils/formatCount';
import { useDeleteWithUndo } from '../../feedback/hooks/useDeleteWithUndo';
import type { AttributeDefinition } from '../hooks/useAttributeDefinitions';
import { attributeEntityLabels } from '../utils/attributeLabels';
import { countContactsWithValue } from '../utils/countContactsWithValue';

export type DeleteAttributeModalProps = { attribute: AttributeDefinition | null; onClose: () => void };

// Asks before deleting, saying what is affected. Values stay on the records (hidden), so Undo
// brings the attribute back whole.
export function DeleteAttributeModal({ attribute, onClose }: DeleteAttributeModalProps) {
  return (
    <Modal opened={attribute !== null} onClose={onClose} title={attribute ? `Delete the attribute ${attribute.label}?` : 'Delete attribute'}>
      {attribute && <DeleteAttributeConfirm attribute={attribute} onClose={onClose} />}
    </Modal>
  );
}

type DeleteAttributeConfirmProps = { attribute: AttributeDefinition; onClose: () => void };

function DeleteAttributeConfirm({ attribute, onClose }: DeleteAttributeConfirmProps) {
  const { db } = useDatabase();
  const deleteWithUndo = useDeleteWithUndo();
  const isContact = attribute.entity === 'contact';
  // undefined while counting, null when there are too many contacts to count quickly.
  const count = useLiveQuery(() => (isContact ? countContactsWithValue(db, attribute.key) : null), [db, isContact, attribute.key]);
  const records = attributeEntityLabels[attribute.entity].plural.toLowerCase();

  const affected =
    typeof count === 'number'
      ? `${formatCount(count, 'contact')} ${count === 1 ? 'has' : 'have'} a value for ${attribute.label}.`
      : `${attributeEntityLabels[attribute.entity].plural} that have a value for ${attribute.label} will no longer show it.`;

  return (
    <Stack gap="md">
      <Text size="sm">{count === undefined ? 'Counting the contacts that have a value…' : affected}</Text>
      <Text size="sm">The values stay with the {records}, hidden, so Undo brings the attribute back as it was.</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          Cancel
        </Button>
        <Button
          color="red"
          disabled={count === undefined}
          onClick={async () => {
            if (await deleteWithUndo('attributeDefinitions', [attribute.id], `Deleted the attribute ${attribute.label}`)) onClose();
          }}
        >
          Delete attribute
        </Button>
      </Group>
    </Stack>
  );
}
