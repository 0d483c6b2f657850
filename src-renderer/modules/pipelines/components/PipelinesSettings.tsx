import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { SectionCard } from '../../../ui/SectionCard';
import { usePipelines } from '../hooks/usePipelines';
import { AddPipelineForm } from './AddPipelineForm';
import { PipelineEditor } from './PipelineEditor';

// Settings > Pipelines: pick a pipeline, then rename it and shape its stages.
export function PipelinesSettings() {
  const pipelines = usePipelines();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const pipeline = pipelines?.find((candidate) => candidate.id === chosenId) ?? pipelines?.[0];
  return (
    <SectionCard title="Pipelines" description="The stages deals move through on the board, each with the chance that a deal in it is won.">
      {pipelines && pipelines.length > 0 && pipeline ? (
        <Stack gap="sm">
          <Select
            label="Pipeline to edit"
            data={pipelines.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            value={pipeline.id}
            onChange={setChosenId}
            allowDeselect={false}
            maw={320}
          />
          <PipelineEditor key={pipeline.id} pipeline={pipeline} pipelines={pipelines} onRemoved={() => setChosenId(null)} />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No pipelines yet. Add one, such as New business, then give it stages from first contact to signed.
        </Text>
      )}
      <AddPipelineForm pipelines={pipelines ?? []} onAdded={setChosenId} />
    </SectionCard>
  );
}
