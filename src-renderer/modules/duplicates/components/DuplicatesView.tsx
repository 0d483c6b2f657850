import { Alert, Anchor, Button, Progress, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { formatCount } from '../../../ui/utils/formatCount';
import { useDuplicateGroups } from '../hooks/useDuplicateGroups';
import { useDuplicateScan, type DuplicateScan } from '../hooks/useDuplicateScan';
import { DuplicateGroupCard } from './DuplicateGroupCard';
import { MergeDialog } from './MergeDialog';

const pageSize = 50;

function scanSubtitle(scan: DuplicateScan, groupCount: number | undefined): string {
  switch (scan.status) {
    case 'reading':
      return scan.total ? `Reading contacts: ${formatCount(scan.read, 'contact')} of ${formatCount(scan.total, 'contact')}…` : 'Reading contacts…';
    case 'comparing':
      return `Comparing ${formatCount(scan.total, 'contact')}…`;
    case 'failed':
      return 'The scan failed';
    case 'ready':
      return groupCount === undefined ? 'Loading…' : `${formatCount(groupCount, 'likely duplicate')} among ${formatCount(scan.total, 'contact')}`;
  }
}

// Likely duplicates from one scan per visit: contacts with the same email, phone number or
// external id, or similar names at the same company.
export function DuplicatesView() {
  const { scan, rescan } = useDuplicateScan();
  const ready = scan.status === 'ready' ? scan : undefined;
  const groups = useDuplicateGroups(ready?.pairs, ready?.startedAt);
  const [shown, setShown] = useState(pageSize);
  const [merging, setMerging] = useState<string[] | null>(null);

  return (
    <Stack gap="md" pb="xl">
      <Anchor component={Link} to="/contacts" size="sm">
        ← All contacts
      </Anchor>
      <PageHeader
        title="Duplicates"
        subtitle={scanSubtitle(scan, groups?.length)}
        actions={
          <Button variant="default" onClick={rescan} disabled={!ready}>
            Scan again
          </Button>
        }
      />
      {(scan.status === 'reading' || scan.status === 'comparing') && (
        <Progress
          aria-label="Duplicate scan progress"
          value={scan.status === 'reading' && scan.total ? (scan.read / scan.total) * 100 : 100}
          animated={scan.status === 'comparing'}
        />
      )}
      {scan.status === 'failed' && (
        <Alert color="red" title="The contacts could not be compared">
          {scan.message}
        </Alert>
      )}
      {groups?.length === 0 && (
        <EmptyState icon={IconUsersGroup} title="No likely duplicates">
          No two contacts share an email, phone number or external id, or have similar names at the same company.
        </EmptyState>
      )}
      {groups?.slice(0, shown).map((group) => <DuplicateGroupCard key={group.contactIds.join()} group={group} onMerge={setMerging} />)}
      {groups && groups.length > shown && (
        <Button variant="subtle" onClick={() => setShown((count) => count + pageSize)} w="fit-content">
          Show more
        </Button>
      )}
      {ready && <Text size="xs" c="dimmed">Contacts added after the scan are compared when you scan again.</Text>}
      <MergeDialog contactIds={merging} onClose={() => setMerging(null)} />
    </Stack>
  );
}
