import { Button, Group, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { bridge } from '../../../bridge/bridge';
import { SectionCard } from '../../../ui/SectionCard';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';
import { usePairingDone } from '../hooks/internal/usePairingDone';
import { hubDevicesQueryKey, hubStatusQueryKey, useHubDevices, useHubStatus } from '../hooks/useHubStatus';
import { useSyncCredentials } from '../hooks/useSyncCredentials';
import { defaultDeviceName } from '../utils/defaultDeviceName';
import { formatFingerprint } from '../utils/formatFingerprint';
import { hubServerUrl, pairWithHub } from '../utils/pairWithHub';
import { HubDevicesTable } from './HubDevicesTable';
import { HubInviteDialog } from './HubInviteDialog';

const defaultHubPort = 8788;

// Settings > Sync in the desktop app: this computer hosts the team's sync server (the same code
// as `npm run server`, in its own process), and its own data syncs into it like any device's.
export function HubHostingCard() {
  const queryClient = useQueryClient();
  const pairingDone = usePairingDone();
  const member = useCurrentMember();
  const { data: status } = useHubStatus();
  const { data: stored } = useSyncCredentials();
  const { data: devices = [] } = useHubDevices(Boolean(status));
  const [inviting, setInviting] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { workspaceName: 'Outpost team', hostEmail: '', port: defaultHubPort },
    validate: {
      workspaceName: (value) => (value.trim() ? null : 'Name the team'),
      hostEmail: (value) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : 'Enter your email address: you are the team’s admin'),
      port: (value) => (Number.isInteger(value) && value >= 1024 && value <= 65535 ? null : 'A port from 1024 to 65535'),
    },
  });
  const { setFieldValue } = form;
  const memberEmail = member?.email;
  useEffect(() => {
    if (memberEmail) setFieldValue('hostEmail', memberEmail);
  }, [memberEmail, setFieldValue]);

  const start = async () => {
    if (form.validate().hasErrors) return;
    setBusy(true);
    try {
      const { workspaceName, hostEmail, port } = form.getValues();
      await bridge.startHub({ workspaceName: workspaceName.trim(), hostEmail: hostEmail.trim(), port });
      await queryClient.invalidateQueries({ queryKey: hubStatusQueryKey });
      if (!stored?.credentials) {
        const own = await bridge.inviteToHub({ email: hostEmail.trim(), forHost: true });
        pairingDone(await pairWithHub({ hubCode: own.typedCode, deviceName: defaultDeviceName }), 'Hosting: this computer now runs the team’s sync');
        // Listed before this app paired: show its device now rather than at the next refresh.
        await queryClient.invalidateQueries({ queryKey: hubDevicesQueryKey });
      }
    } catch (error) {
      form.setErrors({ port: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const keepInTray = async (enabled: boolean) => {
    const { keepInTray: kept } = await bridge.setHubKeepInTray({ enabled });
    queryClient.setQueryData(hubStatusQueryKey, status && { ...status, keepInTray: kept });
  };

  const stop = async () => {
    setBusy(true);
    await bridge.stopHub();
    queryClient.setQueryData(hubStatusQueryKey, null);
    setBusy(false);
  };

  return (
    <SectionCard title="Team hub" description="Host the team's sync on this computer: teammates on the same network pair with it, no server to install.">
      <Switch
        label="Host sync for my team on this computer"
        checked={Boolean(status)}
        disabled={busy}
        onChange={(event) => void (event.currentTarget.checked ? start() : stop())}
      />
      {status ? (
        <Stack gap="xs">
          <Text size="sm">
            Teammates connect to {status.addresses.map((address) => hubServerUrl(address, status.port)).join(' or ')}. It runs while Outpost is open; when this
            computer is off, everyone keeps working and catches up later.
          </Text>
          <Text size="xs" c="dimmed">
            Certificate fingerprint (SHA-256): {formatFingerprint(status.fingerprint)}
          </Text>
          <Switch
            label="Keep hosting in the tray when the window is closed"
            checked={status.keepInTray}
            onChange={(event) => void keepInTray(event.currentTarget.checked)}
          />
          <Group>
            <Button onClick={() => setInviting(true)}>Invite a teammate</Button>
          </Group>
          <HubDevicesTable devices={devices} />
          <HubInviteDialog opened={inviting} onClose={() => setInviting(false)} />
        </Stack>
      ) : (
        <Group align="flex-start" grow>
          <TextInput label="Team name" {...form.getInputProps('workspaceName')} />
          <TextInput label="Your email" {...form.getInputProps('hostEmail')} />
          <NumberInput label="Port" min={1024} max={65535} allowDecimal={false} {...form.getInputProps('port')} />
        </Group>
      )}
    </SectionCard>
  );
}
