import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import { useDeleteWithUndo } from '../../feedback/hooks/useDeleteWithUndo';
import { useDealActions } from '../hooks/useDealActions';
import { LoseDealModal } from './LoseDealModal';

export type DealStatusActionsProps = { deal: StoredRecord<'deals'> };

// Close an open deal as won or lost, or reopen a closed one; or move it to the trash.
export function DealStatusActions({ deal }: DealStatusActionsProps) {
  const { changeStatus } = useDealActions();
  const deleteWithUndo = useDeleteWithUndo();
  const navigate = useNavigate();
  const [losing, setLosing] = useState(false);
  return (
    <Group gap="xs" wrap="nowrap">
      {deal.status === 'open' ? (
        <>
          <Button color="green" variant="light" onClick={() => changeStatus(deal, 'won')}>
            Mark won
          </Button>
          <Button color="red" variant="light" onClick={() => setLosing(true)}>
            Mark lost
          </Button>
          <Button variant="default" onClick={() => changeStatus(deal, 'abandoned')}>
            Abandon
          </Button>
        </>
      ) : (
        <Button variant="light" onClick={() => changeStatus(deal, 'open')}>
          Reopen
        </Button>
      )}
      {deal.status !== 'archived' && deal.status !== 'open' && (
        <Button variant="default" onClick={() => changeStatus(deal, 'archived')}>
          Archive
        </Button>
      )}
      <Button
        variant="subtle"
        color="red"
        onClick={() => void deleteWithUndo('deals', [deal.id], `Deleted deal ${deal.title}`).then((deleted) => deleted && navigate('/deals'))}
      >
        Delete
      </Button>
      <LoseDealModal
        title={losing ? deal.title : null}
        onCancel={() => setLosing(false)}
        onConfirm={(reason) => {
          setLosing(false);
          changeStatus(deal, 'lost', reason);
        }}
      />
    </Group>
  );
}
