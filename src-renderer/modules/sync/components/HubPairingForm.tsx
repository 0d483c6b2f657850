import { Alert, Anchor, Button, FileButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { decodeHubPairing, HubPairingError, type HubPairing } from '@shared/hub/hubPairingCode';
import { useAppInfo } from '../../../bridge/useAppInfo';
import { decodeQrImage } from '../../../ui/utils/decodeQrImage';
import { usePairingDone } from '../hooks/internal/usePairingDone';
import { defaultDeviceName } from '../utils/defaultDeviceName';
import { formatFingerprint } from '../utils/formatFingerprint';
import { hubServerUrl, pairWithHub } from '../utils/pairWithHub';
import { SyncOfflineError } from '../utils/syncErrors';

function decodeOrNull(code: string): HubPairing | null {
  try {
    return decodeHubPairing(code);
  } catch {
    return null;
  }
}

// Pairing with a teammate's Outpost that hosts the team's sync: one code carries the address,
// a one-time pairing code and the hub's certificate fingerprint.
export function HubPairingForm() {
  const pairingDone = usePairingDone();
  const { data: appInfo } = useAppInfo();
  const form = useForm({
    initialValues: { hubCode: '', deviceName: defaultDeviceName },
    validate: {
      hubCode: (value) => {
        if (!value.trim()) return 'Enter the code the host sees under Invite a teammate';
        try {
          decodeHubPairing(value);
          return null;
        } catch (error) {
          return error instanceof HubPairingError ? error.message : String(error);
        }
      },
      deviceName: (value) => (value.trim() ? null : 'Name this device'),
    },
  });
  const pairing = decodeOrNull(form.values.hubCode);
  const hubUrl = pairing ? hubServerUrl(pairing.addresses[0] ?? '', pairing.port) : null;

  // A photo of the host's QR code: no camera permission needed, and the text lands in the field.
  const readQrPicture = (file: File | null) => {
    if (!file) return;
    decodeQrImage(file).then(
      (text) => form.setFieldValue('hubCode', text),
      (error: unknown) => form.setErrors({ hubCode: error instanceof Error ? error.message : String(error) }),
    );
  };

  const submit = form.onSubmit(async (values) => {
    try {
      pairingDone(await pairWithHub(values), 'Paired with the team hub: this device now syncs through it');
      form.reset();
    } catch (error) {
      const message = error instanceof SyncOfflineError ? `${error.message} Is the host's Outpost open and on this network?` : error instanceof Error ? error.message : String(error);
      form.setErrors({ hubCode: message });
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Pair with a team hub">
      <Stack gap="sm">
        <TextInput
          label="Hub pairing code"
          placeholder="07000-0G2MR-…"
          required
          autoComplete="off"
          description={hubUrl ? `Team hub at ${hubUrl}` : 'Ten groups of five characters, or the text of its QR code'}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('hubCode')}
        />
        {pairing && hubUrl && appInfo?.runtime === 'browser' && (
          <Alert color="yellow" title="Accept the hub's certificate first">
            <Text size="sm">
              A browser checks the hub's certificate itself, so Outpost cannot pin it here. Open{' '}
              <Anchor href={`${hubUrl}/health`} target="_blank" rel="noopener noreferrer">
                {hubUrl}
              </Anchor>{' '}
              once and accept its certificate if its SHA-256 fingerprint starts with {formatFingerprint(pairing.fingerprint).slice(0, 47)}; then pair.
            </Text>
          </Alert>
        )}
        <TextInput label="Device name" required {...form.getInputProps('deviceName')} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            Pair with hub
          </Button>
          <FileButton accept="image/*" onChange={readQrPicture}>
            {(props) => (
              <Button variant="default" {...props}>
                Read a QR code picture
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </form>
  );
}
