import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { SyncCredentials } from '@shared/ipc/bridgeContract';
import { usePairingDone } from '../hooks/internal/usePairingDone';
import { changeServerAddress } from '../utils/changeServerAddress';
import { SyncOfflineError } from '../utils/syncErrors';

export type ChangeServerAddressDialogProps = { credentials: SyncCredentials; opened: boolean; onClose: () => void };

function addressError(value: string, current: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Enter the server address, like http://192.168.1.20:8787';
  }
  if (!/^https?:$/.test(url.protocol)) return 'Use an http:// or https:// address';
  return url.origin === current ? 'This device already syncs with that address' : null;
}

// After the team's data moved to another server (or the hub's computer got a new address): the
// device keeps its pairing and its place in the sync, only the address changes.
export function ChangeServerAddressDialog({ credentials, opened, onClose }: ChangeServerAddressDialogProps) {
  const pairingDone = usePairingDone();
  const pairedWithHub = Boolean(credentials.certificateFingerprint);
  const form = useForm({
    initialValues: { serverUrl: '', stillTheHub: pairedWithHub },
    validate: { serverUrl: (value) => addressError(value, credentials.serverUrl) },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    try {
      const stored = await changeServerAddress(credentials, values);
      close();
      pairingDone(stored, `This device now syncs with ${stored.credentials?.serverUrl ?? values.serverUrl}`);
    } catch (error) {
      const message = error instanceof SyncOfflineError ? `${error.message} Check the address and that the server is running; nothing was changed.` : error instanceof Error ? error.message : String(error);
      form.setErrors({ serverUrl: message });
    }
  });
  const https = form.values.serverUrl.trim().toLowerCase().startsWith('https:');

  return (
    <Modal opened={opened} onClose={close} title="Change the server address">
      <form onSubmit={submit} noValidate aria-label="Change the server address">
        <Stack gap="sm">
          <Text size="sm">
            For when the team's data moved to another server (with <code>npm run server -- import-hub</code>) or the hub's computer has a new address. This
            device keeps its pairing and picks up where it stopped; the address is tried before it is changed.
          </Text>
          <TextInput label="New server address" placeholder="http://192.168.1.20:8787" required data-autofocus {...form.getInputProps('serverUrl')} />
          {pairedWithHub && https && (
            <Checkbox label="It is still our team hub, at a new address (trust only its certificate)" {...form.getInputProps('stillTheHub', { type: 'checkbox' })} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Change address
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
