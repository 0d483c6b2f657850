import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { bridge } from '../../../bridge/bridge';
import { useAppInfo } from '../../../bridge/useAppInfo';
import { SectionCard } from '../../../ui/SectionCard';
import { useSyncCredentials, syncCredentialsQueryKey } from '../hooks/useSyncCredentials';
import { useSyncStatus } from '../hooks/useSyncStatus';
import { ChangeServerAddressDialog } from './ChangeServerAddressDialog';
import { HubHostingCard } from './HubHostingCard';
import { HubPairingForm } from './HubPairingForm';
import { NearbyHubs } from './NearbyHubs';
import { ServerPairingForm } from './ServerPairingForm';

type PairingTarget = 'server' | 'hub';

export function SyncSettings() {
  const queryClient = useQueryClient();
  const { data } = useSyncCredentials();
  const { data: appInfo } = useAppInfo();
  const status = useSyncStatus();
  const [target, setTarget] = useState<PairingTarget>('server');
  const [changingAddress, setChangingAddress] = useState(false);
  const isDesktopApp = appInfo?.runtime === 'electron';

  const unpair = async () => {
    queryClient.setQueryData(syncCredentialsQueryKey, await bridge.saveSyncCredentials({ credentials: null }));
  };

  const credentials = data?.credentials;
  return (
    <>
      <SectionCard title="Sync" description="Share this device's data with your team through a sync server you run yourself or a teammate's Outpost.">
        {data && !data.secure && (
          <Alert color="yellow" title="Less safe here">
            The sync token is kept in storage that the operating system does not protect (in a browser: this site's local storage, readable by any script on it).
            The desktop app keeps it in the system keychain.
          </Alert>
        )}
        {credentials ? (
          <Stack gap="xs">
            <Text size="sm">
              Paired with {credentials.certificateFingerprint ? 'the team hub at ' : ''}
              {credentials.serverUrl}. {status.message ?? (status.lastSyncedAt ? `Last synced ${new Date(status.lastSyncedAt).toLocaleString()}.` : '')}
            </Text>
            <Group>
              <Button onClick={() => status.syncNow?.()} loading={status.state === 'syncing'} disabled={!status.syncNow}>
                Sync now
              </Button>
              <Button variant="default" onClick={() => setChangingAddress(true)}>
                Change address…
              </Button>
              <Button variant="default" onClick={() => void unpair()}>
                Unpair this device
              </Button>
            </Group>
            <ChangeServerAddressDialog credentials={credentials} opened={changingAddress} onClose={() => setChangingAddress(false)} />
          </Stack>
        ) : (
          <Stack gap="sm">
            <SegmentedControl
              aria-label="Pair with"
              w="fit-content"
              value={target}
              onChange={(value) => setTarget(value as PairingTarget)}
              data={[
                { value: 'server', label: 'A sync server' },
                { value: 'hub', label: 'A team hub' },
              ]}
            />
            {target === 'server' ? (
              <ServerPairingForm />
            ) : (
              <>
                <HubPairingForm />
                {isDesktopApp ? <NearbyHubs /> : <Text size="sm" c="dimmed">Hosting a hub needs the desktop app; pairing with one works here.</Text>}
              </>
            )}
          </Stack>
        )}
      </SectionCard>
      {isDesktopApp && <HubHostingCard />}
    </>
  );
}
