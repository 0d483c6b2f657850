import { Autocomplete, Button, Group, Modal, MultiSelect, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { maxEventAttributes, tooManyAttributesMessage } from '@shared/capture/captureEvent';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import { showFormError } from '../../feedback/utils/showFormError';
import { useLiveLists } from '../../lists/hooks/useLiveLists';
import { useLiveTags } from '../../tags/hooks/useLiveTags';
import { captureAttributes } from '../utils/captureAttributes';
import { startCaptureEvent, type CaptureEventInput } from '../utils/startCaptureEvent';

export type CaptureEventModalProps = { opened: boolean; onClose: () => void };

const emptyInput: CaptureEventInput = { name: '', tagNames: [], listName: '', ownerId: null, source: '', attributeKeys: [] };
const builtIn = new Set(captureAttributes.map((attribute) => attribute.key));

function CaptureEventForm({ onClose }: { onClose: () => void }) {
  const { db, mutations } = useDatabase();
  const [input, setInput] = useState(emptyInput);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const tags = useLiveTags() ?? [];
  const lists = useLiveLists() ?? [];
  const owners = useOwnerOptions() ?? [];
  const attributes = (useAttributeDefinitions('contact') ?? []).filter((attribute) => !builtIn.has(attribute.key));
  const set = (patch: Partial<CaptureEventInput>) => setInput((current) => ({ ...current, ...patch }));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        startCaptureEvent(db, mutations, input).then(onClose, (error: unknown) => {
          setSaving(false);
          showFormError(error, setErrors);
        });
      }}
    >
      <Stack gap="sm">
        <TextInput label="Event name" placeholder="Expo Berlin 2026" data-autofocus withAsterisk value={input.name} error={errors.name} onChange={(event) => set({ name: event.currentTarget.value })} />
        <TagsInput label="Tags" description="Found by name or created; press Enter after each" data={tags.map((tag) => tag.name)} value={input.tagNames} onChange={(tagNames) => set({ tagNames })} comboboxProps={{ withinPortal: false }} />
        <Autocomplete label="List" description="An existing list, or a new one by this name" data={lists.map((list) => list.name)} value={input.listName} onChange={(listName) => set({ listName })} comboboxProps={{ withinPortal: false }} />
        <Select label="Owner" placeholder="Nobody" clearable data={owners} value={input.ownerId} onChange={(ownerId) => set({ ownerId })} comboboxProps={{ withinPortal: false }} />
        <TextInput label="Source" description="Leave empty to use the event name" value={input.source} error={errors.source} onChange={(event) => set({ source: event.currentTarget.value })} />
        <MultiSelect
          label="Extra fields"
          description={`Up to ${maxEventAttributes} contact attributes to ask at this event`}
          data={attributes.map((attribute) => ({ value: attribute.key, label: attribute.label }))}
          value={input.attributeKeys}
          maxValues={maxEventAttributes}
          error={errors.attributeKeys}
          onChange={(attributeKeys) => {
            set({ attributeKeys });
            setErrors(({ attributeKeys: _, ...others }) => others);
          }}
          // A sixth pick is refused: say why instead of ignoring the click.
          onMaxValues={() => setErrors((current) => ({ ...current, attributeKeys: tooManyAttributesMessage }))}
          comboboxProps={{ withinPortal: false }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Start event
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// Starts a new event, or switches to another one: whatever was active ends.
export function CaptureEventModal({ opened, onClose }: CaptureEventModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Start an event">
      {opened && <CaptureEventForm onClose={onClose} />}
    </Modal>
  );
}
