import { Button, Checkbox, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { contactDisplayName } from '@shared/domain/contact';
import { formatPhoneForDisplay } from '@shared/text/phoneNumber';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import { homeCountry } from '../../contacts/utils/homeCountry';
import { defaultMergeChoices, defaultSurvivorId, differingMergeFields, type MergeChoices } from '../../merge/utils/mergeFields';
import { useMergeContacts } from '../hooks/useMergeContacts';
import { formatMergeValue, mergeFieldLabel, type MergeFieldContext } from '../utils/describeMergeField';
import { MergeFieldChoice } from './MergeFieldChoice';

type Contact = StoredRecord<'contacts'>;

export type MergeDialogProps = { contactIds: string[] | null; onClose: () => void };

// Merging is chosen per field; the survivor keeps its id, so links from elsewhere stay valid.
export function MergeDialog({ contactIds, onClose }: MergeDialogProps) {
  const { db } = useDatabase();
  const requested = contactIds?.join() ?? '';
  const loaded = useLiveQuery(async () => {
    const rows = contactIds ? await db.contacts.bulkGet(contactIds) : [];
    return { requested, contacts: rows.filter((row): row is Contact => Boolean(row && !row.deleted)) };
  }, [db, contactIds, requested]);
  // A live query answers with its previous result until the new one arrives.
  const contacts = loaded?.requested === requested ? loaded.contacts : undefined;
  return (
    <Modal opened={contactIds !== null} onClose={onClose} title="Merge contacts" size="lg">
      {contacts ? <MergeForm key={requested} contacts={contacts} onDone={onClose} /> : <Loader aria-label="Loading contacts" />}
    </Modal>
  );
}

type MergeFormProps = { contacts: Contact[]; onDone: () => void };

function MergeForm({ contacts, onDone }: MergeFormProps) {
  const merge = useMergeContacts();
  const attributes = useAttributeDefinitions('contact');
  const owners = useOwnerOptions();
  const [includedIds, setIncludedIds] = useState(() => contacts.map((contact) => contact.id));
  const [survivorId, setSurvivorId] = useState(() => defaultSurvivorId(contacts) ?? '');
  const [picked, setPicked] = useState<MergeChoices>({});
  const [merging, setMerging] = useState(false);

  const included = useMemo(() => contacts.filter((contact) => includedIds.includes(contact.id)), [contacts, includedIds]);
  const fields = useMemo(() => differingMergeFields(included), [included]);
  const defaults = useMemo(() => defaultMergeChoices(included, survivorId, 'recent'), [included, survivorId]);
  // What the user picked wins while that contact is still part of the merge.
  const choices: MergeChoices = {};
  for (const field of fields) {
    const own = picked[field];
    choices[field] = own && includedIds.includes(own) ? own : (defaults[field] ?? survivorId);
  }
  const context: MergeFieldContext = { attributes: attributes ?? [], owners: owners ?? [] };
  const canMerge = included.length >= 2 && includedIds.includes(survivorId) && !merging;

  const toggleIncluded = (ids: string[]) => {
    setIncludedIds(ids);
    if (!ids.includes(survivorId) && ids[0]) setSurvivorId(ids[0]);
  };

  const submit = async () => {
    setMerging(true);
    if (await merge({ survivorId, contactIds: includedIds, choices })) onDone();
    else setMerging(false);
  };

  if (contacts.length < 2) return <Text>These contacts were merged or deleted in the meantime.</Text>;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        The other contacts go to the trash; their companies, tags, lists, deals, notes, tasks, tickets and events move to the contact you keep.
      </Text>
      {contacts.length > 2 && (
        <Checkbox.Group label="Contacts to merge" value={includedIds} onChange={toggleIncluded}>
          <Stack gap={6} mt={4}>
            {contacts.map((contact) => (
              <Checkbox key={contact.id} value={contact.id} label={contactDisplayName(contact)} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Radio.Group label="Contact to keep" description="It keeps its id and history." value={survivorId} onChange={setSurvivorId}>
        <Stack gap={6} mt={4}>
          {included.map((contact) => (
            <Radio key={contact.id} value={contact.id} label={contactDisplayName(contact)} description={[contact.email, contact.phone && formatPhoneForDisplay(contact.phone, homeCountry)].filter(Boolean).join(' · ') || undefined} />
          ))}
        </Stack>
      </Radio.Group>
      {fields.map((field) => (
        <MergeFieldChoice
          key={field}
          label={mergeFieldLabel(field, context)}
          contacts={included}
          value={choices[field] ?? survivorId}
          format={(contact) => formatMergeValue(contact, field, context)}
          onChange={(contactId) => setPicked((current) => ({ ...current, [field]: contactId }))}
        />
      ))}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={submit} disabled={!canMerge} loading={merging}>
          Merge {included.length} contacts
        </Button>
      </Group>
    </Stack>
  );
}
