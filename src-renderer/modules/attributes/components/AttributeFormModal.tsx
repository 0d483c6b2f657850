import { Modal } from '@mantine/core';
import type { AttributeDefinition } from '../hooks/useAttributeDefinitions';
import type { AttributeEntity } from '../utils/attributeLabels';
import { AttributeForm } from './AttributeForm';

// What the modal edits: a new attribute of `entity`, or `attribute`.
export type AttributeFormTarget = { entity: AttributeEntity; attribute?: AttributeDefinition };
export type AttributeFormModalProps = { target: AttributeFormTarget | null; onClose: () => void };

export function AttributeFormModal({ target, onClose }: AttributeFormModalProps) {
  return (
    <Modal opened={target !== null} onClose={onClose} title={target?.attribute ? 'Edit attribute' : 'New attribute'} size="lg">
      {target && <AttributeForm entity={target.entity} attribute={target.attribute} onDone={onClose} onCancel={onClose} />}
    </Modal>
  );
}
