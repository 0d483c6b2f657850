import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { usePairingDone } from '../hooks/internal/usePairingDone';
import { defaultDeviceName } from '../utils/defaultDeviceName';
import { pairDevice } from '../utils/pairDevice';
import { SyncOfflineError, SyncRequestError } from '../utils/syncErrors';

function validUrl(value: string): string | null {
  try {
    return /^https?:$/.test(new URL(value.trim()).protocol) ? null : 'Use an http:// or https:// address';
  } catch {
    return 'Enter the server address, like http://192.168.1.20:8787';
  }
}

// Pairing with a standalone `npm run server`: its address and a code from `invite`.
export function ServerPairingForm() {
  const pairingDone = usePairingDone();
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
      pairingDone(await pairDevice(values), 'Paired: this device now syncs with the server');
      form.reset();
    } catch (error) {
      if (error instanceof SyncOfflineError) form.setErrors({ serverUrl: error.message });
      else if (error instanceof SyncRequestError) form.setErrors({ code: error.message });
      else form.setErrors({ code: error instanceof Error ? error.message : String(error) });
    }
  });

  return (
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
  );
}
