import { Button, Card, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SegmentDefinition } from '@shared/domain/segment';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { PageHeader } from '../../../ui/PageHeader';
import { ScrollablePage } from '../../../ui/ScrollablePage';
import { useReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { showFormError } from '../../feedback/utils/showFormError';
import { useSegmentBuilderData } from '../hooks/useSegmentBuilderData';
import { useSegmentMembers } from '../hooks/useSegmentMembers';
import { newSegmentDefinition, withFinishedConditions } from '../utils/segmentDraft';
import { SegmentBuilder } from './SegmentBuilder';
import { SegmentMemberCount } from './SegmentMemberCount';

export type SegmentEditorProps = { segment?: StoredRecord<'segments'> };

// Build or change a segment; the count of matching contacts follows every finished condition.
export function SegmentEditor({ segment }: SegmentEditorProps) {
  const { mutations } = useDatabase();
  const navigate = useNavigate();
  const names = useReferenceNames();
  const { fields, pipelines } = useSegmentBuilderData();
  const [name, setName] = useState(segment?.name ?? '');
  const [description, setDescription] = useState(segment?.description ?? '');
  const [definition, setDefinition] = useState<SegmentDefinition>(segment?.definition ?? newSegmentDefinition());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const finished = useMemo(() => withFinishedConditions(definition), [definition]);
  const members = useSegmentMembers(useDeferredValue(finished));

  const save = async () => {
    try {
      const values = { name, description, definition: finished };
      const saved = segment ? await mutations.update('segments', segment.id, values) : await mutations.create('segments', values);
      navigate(`/segments/${saved.id}`);
    } catch (error) {
      showFormError(error, setErrors);
    }
  };

  return (
    <ScrollablePage>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        onKeyDown={getHotkeyHandler([['mod+Enter', () => void save()]])}
      >
        <PageHeader
          title={segment ? `Edit ${segment.name}` : 'New segment'}
          subtitle="Contacts join and leave the segment by themselves as their data changes."
          actions={
            <Group>
              <Button variant="default" onClick={() => navigate(segment ? `/segments/${segment.id}` : '/segments')}>
                Cancel
              </Button>
              <Button type="submit">Save segment</Button>
            </Group>
          }
        />
        <Stack gap="md">
          <Card withBorder radius="md">
            <Stack gap="sm">
              <TextInput
                label="Name"
                withAsterisk
                value={name}
                error={errors.name}
                onChange={(event) => {
                  setName(event.currentTarget.value);
                  setErrors({});
                }}
              />
              <Textarea label="Description" autosize minRows={1} value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
              <SegmentMemberCount members={members} />
            </Stack>
          </Card>
          <SegmentBuilder definition={definition} onChange={setDefinition} fields={fields} names={names} pipelines={pipelines} />
        </Stack>
      </form>
    </ScrollablePage>
  );
}
