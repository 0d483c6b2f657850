import { Group, Text } from '@mantine/core';
import { IconCloudOff, IconCloudUpload, IconWifi } from '@tabler/icons-react';
import { formatCount } from '../../../ui/utils/formatCount';
import { useOnlineStatus } from '../hooks/useOnlineStatus';
import { usePendingChangeCount } from '../hooks/usePendingChangeCount';

export function SyncStatusBar() {
  const online = useOnlineStatus();
  const pending = usePendingChangeCount();
  return (
    <Group role="status" aria-label="Sync status" aria-live="polite" gap="lg" px="md" h="100%" justify="flex-end">
      <Group gap={6}>
        {online ? <IconWifi size={16} aria-hidden /> : <IconCloudOff size={16} aria-hidden />}
        <Text size="sm">{online ? 'Online' : 'Offline'}</Text>
      </Group>
      <Group gap={6}>
        <IconCloudUpload size={16} aria-hidden />
        <Text size="sm">{pending === undefined ? '…' : pending === 0 ? 'All changes synced' : `${formatCount(pending, 'change')} not synced`}</Text>
      </Group>
    </Group>
  );
}
