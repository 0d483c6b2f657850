import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { contactDisplayName } from '@shared/domain/contact';
import type { DuplicateGroup } from '@shared/domain/duplicates/duplicateTypes';
import { formatPhoneForDisplay } from '@shared/text/phoneNumber';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { homeCountry } from '../../contacts/utils/homeCountry';
import { useKeepSeparate } from '../hooks/useKeepSeparate';
import { describeDuplicateReasons } from '../utils/describeDuplicateReasons';

export type DuplicateGroupCardProps = { group: DuplicateGroup; onMerge: (contactIds: string[]) => void };

type CardData = { contacts: StoredRecord<'contacts'>[]; companyNames: Map<string, string> };

// One set of likely duplicates, read live so edits made elsewhere show at once.
export function DuplicateGroupCard({ group, onMerge }: DuplicateGroupCardProps) {
  const { db } = useDatabase();
  const keepSeparate = useKeepSeparate();
  const data = useLiveQuery(async (): Promise<CardData> => {
    const companyIds = [...new Set(group.pairs.flatMap((pair) => (pair.companyId ? [pair.companyId] : [])))];
    const [contacts, companies] = await Promise.all([db.contacts.bulkGet(group.contactIds), db.companies.bulkGet(companyIds)]);
    return {
      contacts: contacts.filter((contact): contact is StoredRecord<'contacts'> => Boolean(contact)),
      companyNames: new Map(companies.flatMap((company) => (company ? [[company.id, company.name] as const] : []))),
    };
  }, [db, group]);
  if (!data) return null;

  const names = data.contacts.map((contact) => contactDisplayName(contact));
  const together = names.length === 2 ? names.join(' and ') : `${names.length} contacts`;
  return (
    <Paper withBorder p="md" component="article" aria-label={`Possible duplicates: ${names.join(', ')}`}>
      <Stack gap="sm">
        <Group gap="xs">
          {describeDuplicateReasons(group, (companyId) => data.companyNames.get(companyId)).map((reason) => (
            <Badge key={reason} variant="light">
              {reason}
            </Badge>
          ))}
        </Group>
        <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {data.contacts.map((contact) => (
            <Group key={contact.id} component="li" gap="sm" wrap="nowrap">
              <Anchor component={Link} to={`/contacts/${contact.id}`} fw={500}>
                {contactDisplayName(contact)}
              </Anchor>
              <Text size="sm" c="dimmed" truncate>
                {[contact.email, contact.phone && formatPhoneForDisplay(contact.phone, homeCountry), contact.externalId].filter(Boolean).join(' · ')}
              </Text>
            </Group>
          ))}
        </Stack>
        <Group gap="xs">
          <Button size="compact-sm" onClick={() => onMerge(group.contactIds)}>
            Merge…
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => keepSeparate(group, `Kept ${together} separate`)}>
            Keep separate
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
