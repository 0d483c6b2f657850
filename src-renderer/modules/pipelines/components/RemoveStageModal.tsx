import { Button, Group, Modal, Select, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { formatCount } from '../../../ui/utils/formatCount';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { removeStage } from '../utils/removeStage';

type Stage = StoredRecord<'stages'>;

export type RemoveStageModalProps = { stage: Stage | null; stages: Stage[]; onClose: () => void };

// Removing a stage that holds deals asks where they go; the move and the removal undo together.
export function RemoveStageModal({ stage, stages, onClose }: RemoveStageModalProps) {
  const { db, mutations } = useDatabase();
  const [targetId, setTargetId] = useState<string | null>(null);
  const stageId = stage?.id ?? '';
  const dealCount = useLiveQuery(
    async () => (stage ? (await db.deals.where('[pipelineId+stageId]').equals([stage.pipelineId, stage.id]).toArray()).filter((deal) => !deal.deleted).length : 0),
    [db, stageId],
  );
  const others = stages.filter((other) => other.id !== stageId);
  const needsTarget = (dealCount ?? 0) > 0;
  const close = () => {
    setTargetId(null);
    onClose();
  };
  const confirm = async () => {
    if (!stage) return;
    try {
      showUndoNotification(await removeStage(db, mutations, stage, targetId ?? others[0]?.id ?? null), mutations);
      close();
    } catch (error) {
      showWriteError(error);
    }
  };

  return (
    <Modal opened={stage !== null} onClose={close} title={stage ? `Remove the stage ${stage.name}?` : ''}>
      {needsTarget && others.length === 0 ? (
        <Text size="sm" mb="md">
          {formatCount(dealCount ?? 0, 'deal')} {dealCount === 1 ? 'is' : 'are'} in this stage, and the pipeline has no other stage to move them to. Add another stage first.
        </Text>
      ) : (
        <>
          <Text size="sm" mb="sm">
            {needsTarget ? `${formatCount(dealCount ?? 0, 'deal')} ${dealCount === 1 ? 'is' : 'are'} in this stage. Choose where they go.` : 'No deal is in this stage.'} You can undo this right after.
          </Text>
          {needsTarget && (
            <Select label="Move its deals to" placeholder="Choose a stage" data={others.map((other) => ({ value: other.id, label: other.name }))} value={targetId} onChange={setTargetId} mb="md" />
          )}
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={close}>
          Cancel
        </Button>
        <Button color="red" disabled={needsTarget && !targetId} onClick={() => void confirm()}>
          Remove stage
        </Button>
      </Group>
    </Modal>
  );
}
