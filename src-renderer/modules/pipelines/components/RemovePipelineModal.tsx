import { Button, Group, Modal, Select, Text } from '@mantine/core';
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { formatCount } from '../../../ui/utils/formatCount';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { removePipeline } from '../utils/removePipeline';
import { readStages } from '../utils/readStages';

type Pipeline = StoredRecord<'pipelines'>;

export type RemovePipelineModalProps = { pipeline: Pipeline; pipelines: Pipeline[]; opened: boolean; onClose: () => void; onRemoved: () => void };

// A choice's value names both the pipeline and the stage.
const placeValue = (pipelineId: string, stageId: string) => `${pipelineId}/${stageId}`;

// Removing a pipeline with deals asks which stage of another pipeline they go to; the last
// pipeline cannot go. The move and the removal undo together.
export function RemovePipelineModal({ pipeline, pipelines, opened, onClose, onRemoved }: RemovePipelineModalProps) {
  const { db, mutations } = useDatabase();
  const [place, setPlace] = useState<string | null>(null);
  const others = pipelines.filter((other) => other.id !== pipeline.id);
  // Read only while the dialog is open: a pipeline may hold thousands of deals.
  const dealCount = useLiveQuery(
    async () => (opened ? db.deals.where('[pipelineId+stageId]').between([pipeline.id, Dexie.minKey], [pipeline.id, Dexie.maxKey]).filter((deal) => !deal.deleted).count() : undefined),
    [db, pipeline.id, opened],
  );
  const otherKey = others.map((other) => `${other.id}:${other.name}`).join(',');
  const places = useLiveQuery(
    async () => {
      if (!opened) return undefined;
      const groups = await Promise.all(
        others.map(async (other) => ({ group: other.name, items: (await readStages(db, other.id)).map((stage) => ({ value: placeValue(other.id, stage.id), label: `${stage.name} (${other.name})` })) })),
      );
      return groups.filter((group) => group.items.length > 0);
    },
    // Read again when another pipeline is added, removed or renamed.
    [db, otherKey, opened],
  );
  const needsPlace = (dealCount ?? 0) > 0;
  const dealsLine = `${formatCount(dealCount ?? 0, 'deal')} ${dealCount === 1 ? 'is' : 'are'} in this pipeline.`;
  const close = () => {
    setPlace(null);
    onClose();
  };
  const confirm = async () => {
    const [pipelineId = '', stageId = ''] = place?.split('/') ?? [];
    try {
      showUndoNotification(await removePipeline(db, mutations, pipeline, place ? { pipelineId, stageId } : null), mutations);
      setPlace(null);
      onRemoved();
    } catch (error) {
      showWriteError(error);
    }
  };

  let body;
  if (others.length === 0) body = `${pipeline.name} is the only pipeline, and deals need one. Add another pipeline before removing this one.`;
  else if (dealCount === undefined) body = 'Counting the deals in this pipeline…';
  else if (needsPlace && places?.length === 0) body = `${dealsLine} No other pipeline has a stage to move them to yet. Give one a stage first.`;
  else body = `${needsPlace ? `${dealsLine} Choose the stage they go to.` : 'No deal is in this pipeline.'} Its stages go with it. You can undo this right after.`;
  const canRemove = others.length > 0 && dealCount !== undefined && (!needsPlace || place !== null);

  return (
    <Modal opened={opened} onClose={close} title={`Remove the pipeline ${pipeline.name}?`}>
      <Text size="sm" mb="sm">
        {body}
      </Text>
      {others.length > 0 && needsPlace && (places?.length ?? 0) > 0 && (
        <Select label="Move its deals to" placeholder="Choose a stage" data={places ?? []} value={place} onChange={setPlace} searchable mb="md" />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={close}>
          Cancel
        </Button>
        <Button color="red" disabled={!canRemove} onClick={() => void confirm()}>
          Remove pipeline
        </Button>
      </Group>
    </Modal>
  );
}
