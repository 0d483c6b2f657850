import { ActionIcon, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { useStages } from '../hooks/useStages';
import { moveOrdered } from '../utils/orderedWrites';
import { AddStageForm } from './AddStageForm';
import { BlurSaveTextInput } from './BlurSaveTextInput';
import { RemovePipelineModal } from './RemovePipelineModal';
import { RemoveStageModal } from './RemoveStageModal';
import { StageRow } from './StageRow';

export type PipelineEditorProps = { pipeline: StoredRecord<'pipelines'>; pipelines: StoredRecord<'pipelines'>[]; onRemoved: () => void };

// One pipeline's name, place among the pipelines and stages.
export function PipelineEditor({ pipeline, pipelines, onRemoved }: PipelineEditorProps) {
  const { mutations } = useDatabase();
  const stages = useStages(pipeline.id);
  const [removing, setRemoving] = useState<StoredRecord<'stages'> | null>(null);
  const [removingPipeline, setRemovingPipeline] = useState(false);
  const index = pipelines.findIndex((candidate) => candidate.id === pipeline.id);
  const movePipeline = (step: -1 | 1) => moveOrdered(mutations, 'pipelines', pipelines, pipeline.id, step).catch(showWriteError);

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xs">
        <BlurSaveTextInput label="Pipeline name" value={pipeline.name} onSave={(name) => mutations.update('pipelines', pipeline.id, { name })} />
        <ActionIcon variant="subtle" size="lg" aria-label={`Move pipeline ${pipeline.name} up`} disabled={index <= 0} onClick={() => void movePipeline(-1)}>
          <IconArrowUp size={16} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="subtle" size="lg" aria-label={`Move pipeline ${pipeline.name} down`} disabled={index >= pipelines.length - 1} onClick={() => void movePipeline(1)}>
          <IconArrowDown size={16} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="subtle" size="lg" color="red" aria-label={`Remove pipeline ${pipeline.name}`} onClick={() => setRemovingPipeline(true)}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
      {stages && stages.length > 0 ? (
        <Stack gap={6} component="ol" aria-label={`Stages of ${pipeline.name}`} p={0} m={0} style={{ listStyle: 'none' }}>
          {stages.map((stage, stageIndex) => (
            <StageRow key={stage.id} stage={stage} stages={stages} first={stageIndex === 0} last={stageIndex === stages.length - 1} onRemove={() => setRemoving(stage)} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          This pipeline has no stages yet. Add the first one below; deals can be opened once it has one.
        </Text>
      )}
      <AddStageForm pipelineId={pipeline.id} stages={stages ?? []} />
      <RemoveStageModal stage={removing} stages={stages ?? []} onClose={() => setRemoving(null)} />
      <RemovePipelineModal pipeline={pipeline} pipelines={pipelines} opened={removingPipeline} onClose={() => setRemovingPipeline(false)} onRemoved={onRemoved} />
    </Stack>
  );
}
