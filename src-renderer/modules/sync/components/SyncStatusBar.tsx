import { ActionIcon, Group, Loader, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCloudCheck, IconCloudOff, IconCloudUpload, IconDeviceDesktop, IconRefresh, IconWifi, IconWifiOff } from '@tabler/icons-react';
import { formatCount } from '../../../ui/utils/formatCount';
import { useOnlineStatus } from '../hooks/useOnlineStatus';
import { usePendingChangeCount } from '../hooks/usePendingChangeCount';
import { useSyncStatus } from '../hooks/useSyncStatus';
import type { SyncStatus } from '../states/syncStatusStore';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

function serverLabel({ state, lastSyncedAt }: SyncStatus): string {
  const last = lastSyncedAt ? `, last synced ${timeFormat.format(new Date(lastSyncedAt))}` : '';
  switch (state) {
    case 'unpaired':
      return 'Local only';
    case 'syncing':
      return 'Syncing…';
    case 'synced':
      return `Synced${last}`;
    case 'offline':
      return `Server unreachable${last}`;
    case 'error':
      return `Sync error${last}`;
  }
}

export function SyncStatusBar() {
  const online = useOnlineStatus();
  const pending = usePendingChangeCount();
  const status = useSyncStatus();
  const icon = {
    unpaired: <IconDeviceDesktop size={16} aria-hidden />,
    syncing: <Loader size={14} aria-hidden />,
    synced: <IconCloudCheck size={16} aria-hidden />,
    offline: <IconCloudOff size={16} aria-hidden />,
    error: <IconAlertTriangle size={16} aria-hidden />,
  }[status.state];
  return (
    <Group role="status" aria-label="Sync status" aria-live="polite" gap="lg" px="md" h="100%" justify="flex-end">
      <Group gap={6}>
        {online ? <IconWifi size={16} aria-hidden /> : <IconWifiOff size={16} aria-hidden />}
        <Text size="sm">{online ? 'Online' : 'Offline'}</Text>
      </Group>
      <Tooltip label={status.message ?? ''} disabled={!status.message} multiline maw={360}>
        <Group gap={6} tabIndex={status.message ? 0 : undefined}>
          {icon}
          <Text size="sm" fw={status.state === 'error' ? 600 : undefined}>
            {serverLabel(status)}
          </Text>
          {status.message && <VisuallyHidden>{status.message}</VisuallyHidden>}
        </Group>
      </Tooltip>
      <Group gap={6}>
        <IconCloudUpload size={16} aria-hidden />
        <Text size="sm">{pending === undefined ? '…' : pending === 0 ? 'All changes synced' : `${formatCount(pending, 'change')} not synced`}</Text>
      </Group>
      {status.syncNow && (
        <Tooltip label="Sync now">
          <ActionIcon variant="subtle" size="sm" aria-label="Sync now" onClick={status.syncNow} disabled={status.state === 'syncing'}>
            <IconRefresh size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
