import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';

export type DealCardMenuProps = {
  title: string;
  stageId: string;
  stages: StoredRecord<'stages'>[];
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMoveToStage: (stageId: string) => void;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onWin: () => void;
  onLose: () => void;
};

// Moves and closes a deal from the keyboard (or for anyone who would rather not drag). The
// Mantine Menu mounts only once asked for, since thousands of cards each holding one is slow.
export function DealCardMenu({ title, stageId, stages, canMoveUp, canMoveDown, onMoveToStage, onMoveUp, onMoveDown, onWin, onLose }: DealCardMenuProps) {
  const [asked, setAsked] = useState(false);
  const button = (
    <ActionIcon variant="subtle" size="sm" aria-label={`Actions for ${title}`} aria-haspopup="menu" onClick={asked ? undefined : () => setAsked(true)}>
      <IconDots size={14} aria-hidden />
    </ActionIcon>
  );
  if (!asked) return button;
  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={onWin}>Mark won</Menu.Item>
        <Menu.Item onClick={onLose}>Mark lost…</Menu.Item>
        <Menu.Divider />
        <Menu.Item disabled={!canMoveUp} onClick={onMoveUp}>
          Move up
        </Menu.Item>
        <Menu.Item disabled={!canMoveDown} onClick={onMoveDown}>
          Move down
        </Menu.Item>
        <Menu.Label>Move to stage</Menu.Label>
        {stages
          .filter((stage) => stage.id !== stageId)
          .map((stage) => (
            <Menu.Item key={stage.id} onClick={() => onMoveToStage(stage.id)}>
              {stage.name}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
