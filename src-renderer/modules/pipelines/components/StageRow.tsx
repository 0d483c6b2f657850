import { ActionIcon, Group, NumberInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { moveOrdered } from '../utils/orderedWrites';
import { BlurSaveTextInput } from './BlurSaveTextInput';

export type StageRowProps = { stage: StoredRecord<'stages'>; stages: StoredRecord<'stages'>[]; first: boolean; last: boolean; onRemove: () => void };

// One stage: its name and win probability are saved as they are left; arrows move it.
export function StageRow({ stage, stages, first, last, onRemove }: StageRowProps) {
  const { mutations } = useDatabase();
  const move = (step: -1 | 1) => moveOrdered(mutations, 'stages', stages, stage.id, step).catch(showWriteError);
  const saveProbability = (value: string | number) => {
    const probability = Math.round(Math.min(100, Math.max(0, Number(value) || 0)));
    if (probability !== stage.probability) mutations.update('stages', stage.id, { probability }).catch(showWriteError);
  };
  return (
    <Group component="li" aria-label={stage.name} align="flex-end" gap="xs" wrap="nowrap">
      <BlurSaveTextInput label={`Name of stage ${stage.name}`} value={stage.name} onSave={(name) => mutations.update('stages', stage.id, { name })} />
      <NumberInput
        key={stage.probability}
        label="Win probability"
        aria-label={`Win probability of ${stage.name}`}
        defaultValue={stage.probability}
        min={0}
        max={100}
        suffix="%"
        allowDecimal={false}
        w={130}
        onBlur={(event) => saveProbability(event.currentTarget.value.replace('%', ''))}
      />
      <ActionIcon variant="subtle" size="lg" aria-label={`Move ${stage.name} up`} disabled={first} onClick={() => void move(-1)}>
        <IconArrowUp size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" size="lg" aria-label={`Move ${stage.name} down`} disabled={last} onClick={() => void move(1)}>
        <IconArrowDown size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" size="lg" color="red" aria-label={`Remove ${stage.name}`} onClick={onRemove}>
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
