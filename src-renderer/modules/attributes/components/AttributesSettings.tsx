import { Button, Group, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { attributeEntities } from '@shared/domain/attribute';
import { SectionCard } from '../../../ui/SectionCard';
import type { AttributeDefinition } from '../hooks/useAttributeDefinitions';
import { attributeEntityLabels, type AttributeEntity } from '../utils/attributeLabels';
import { AttributeFormModal, type AttributeFormTarget } from './AttributeFormModal';
import { AttributeTable } from './AttributeTable';
import { DeleteAttributeModal } from './DeleteAttributeModal';

// Settings > Attributes: the custom fields of each object.
export function AttributesSettings() {
  const [entity, setEntity] = useState<AttributeEntity>('contact');
  const [editing, setEditing] = useState<AttributeFormTarget | null>(null);
  const [deleting, setDeleting] = useState<AttributeDefinition | null>(null);

  return (
    <SectionCard title="Attributes" description="Custom fields of contacts, companies, deals and tickets. Renaming one keeps its values.">
      <Tabs value={entity} onChange={(value) => value && setEntity(value as AttributeEntity)} keepMounted={false}>
        <Tabs.List aria-label="Attributes of">
          {attributeEntities.map((option) => (
            <Tabs.Tab key={option} value={option}>
              {attributeEntityLabels[option].plural}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {attributeEntities.map((option) => (
          <Tabs.Panel key={option} value={option} pt="sm">
            <AttributeTable entity={option} onEdit={(attribute) => setEditing({ entity: attribute.entity, attribute })} onDelete={setDeleting} />
          </Tabs.Panel>
        ))}
      </Tabs>
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ entity })}>
          Add attribute
        </Button>
      </Group>
      <AttributeFormModal target={editing} onClose={() => setEditing(null)} />
      <DeleteAttributeModal attribute={deleting} onClose={() => setDeleting(null)} />
    </SectionCard>
  );
}
