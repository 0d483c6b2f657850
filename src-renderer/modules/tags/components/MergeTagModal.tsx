import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { mergeTags } from '../utils/mergeTags';

export type MergeTagModalProps = { tag: StoredRecord<'tags'> | null; tags: StoredRecord<'tags'>[]; onClose: () => void };

export function MergeTagModal({ tag, tags, onClose }: MergeTagModalProps) {
  const { db, mutations } = useDatabase();
  const [targetId, setTargetId] = useState<string | null>(null);
  const close = () => {
    setTargetId(null);
    onClose();
  };
  const target = tags.find((candidate) => candidate.id === targetId);
  return (
    <Modal opened={tag !== null} onClose={close} title={tag ? `Merge the tag ${tag.name}` : 'Merge tag'}>
      {tag && (
        <Stack gap="sm">
          <Select
            label="Merge into"
            placeholder="Choose the tag that stays"
            data={tags.filter((candidate) => candidate.id !== tag.id).map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            value={targetId}
            onChange={setTargetId}
            searchable
            data-autofocus
          />
          <Text size="sm" c="dimmed">
            Every contact and ticket tagged {tag.name} gets {target ? target.name : 'the chosen tag'} instead, and {tag.name} is deleted. You can undo this.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              disabled={!targetId}
              onClick={() => {
                if (!targetId) return;
                mergeTags(db, mutations, tag.id, targetId).then((entry) => {
                  showUndoNotification(entry, mutations);
                  close();
                }, showWriteError);
              }}
            >
              Merge tags
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
