import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { bridge } from '../../../bridge/bridge';
import { SectionCard } from '../../../ui/SectionCard';
import { useSyncCredentials, syncCredentialsQueryKey } from '../hooks/useSyncCredentials';
import { useSyncStatus } from '../hooks/useSyncStatus';
import { pairDevice } from '../utils/pairDevice';
import { SyncOfflineError, SyncRequestError } from '../utils/syncErrors';

const defaultDeviceName = `Outpost on ${navigator.platform || 'this computer'}`;

function validUrl(value: string): string | null {
  try {
    return /^https?:$/.test(new URL(value.trim()).protocol) ? null : 'Use an http:// or https:// address';
  } catch {
    return 'Enter the server address, like http://192.168.1.20:8787';
  }
}

export function SyncSettings() {
  const queryClient = useQueryClient();
  const { data } = useSyncCredentials();
  const status = useSyncStatus();
  const form = useForm({
    initialValues: { serverUrl: '', code: '', deviceName: defaultDeviceName },
    validate: {
      serverUrl: validUrl,
      code: (value) => (value.trim().length >= 6 ? null : 'Enter the pairing code from `npm run server -- invite <email>`'),
      deviceName: (value) => (value.trim() ? null : 'Name this device'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const stored = await pairDevice(values);
      queryClient.setQueryData(syncCredentialsQueryKey, stored);
      form.reset();
      notifications.show({ message: 'Paired: this device now syncs with the server', autoClose: 3000 });
    } catch (error) {
      if (error instanceof SyncOfflineError) form.setErrors({ serverUrl: error.message });
      else if (error instanceof SyncRequestError) form.setErrors({ code: error.message });
      else form.setErrors({ code: error instanceof Error ? error.message : String(error) });
    }
  });

  const unpair = async () => {
    queryClient.setQueryData(syncCredentialsQueryKey, await bridge.saveSyncCredentials({ credentials: null }));
  };

  const credentials = data?.credentials;
  return (
    <SectionCard title="Sync" description="Share this device's data with your team through a sync server you run yourself.">
      {data && !data.secure && (
        <Alert color="yellow" title="Less safe here">
          The sync token is kept in storage that the operating system does not protect (in a browser: this site's local storage, readable by any script on it).
          The desktop app keeps it in the system keychain.
        </Alert>
      )}
      {credentials ? (
        <Stack gap="xs">
          <Text size="sm">
            Paired with {credentials.serverUrl}. {status.message ?? (status.lastSyncedAt ? `Last synced ${new Date(status.lastSyncedAt).toLocaleString()}.` : '')}
          </Text>
          <Group>
            <Button onClick={() => status.syncNow?.()} loading={status.state === 'syncing'} disabled={!status.syncNow}>
              Sync now
            </Button>
            <Button variant="default" onClick={() => void unpair()}>
              Unpair this device
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Pair with a sync server">
          <Stack gap="sm">
            <Group align="flex-start" grow>
              <TextInput label="Server address" placeholder="http://192.168.1.20:8787" required {...form.getInputProps('serverUrl')} />
              <TextInput label="Pairing code" required autoComplete="off" {...form.getInputProps('code')} />
            </Group>
            <TextInput label="Device name" required {...form.getInputProps('deviceName')} />
            <Group>
              <Button type="submit" loading={form.submitting}>
                Pair
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </SectionCard>
  );
}
