import { Button, Code, CopyButton, Group, Image, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import QRCode from 'qrcode';
import type { HubInvite } from '@shared/hub/hubMessages';
import { bridge } from '../../../bridge/bridge';

export type HubInviteDialogProps = { opened: boolean; onClose: () => void };

// A one-time code for one teammate, to read out or type, and the same as a QR code to scan.
export function HubInviteDialog({ opened, onClose }: HubInviteDialogProps) {
  const [invite, setInvite] = useState<(HubInvite & { qrImage: string }) | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (value) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : 'Enter the teammate’s email address') },
  });
  const close = () => {
    setInvite(null);
    form.reset();
    onClose();
  };
  const submit = form.onSubmit(async ({ email }) => {
    try {
      const created = await bridge.inviteToHub({ email: email.trim(), forHost: false });
      setInvite({ ...created, qrImage: await QRCode.toDataURL(created.qrPayload, { margin: 4, width: 264 }) });
    } catch (error) {
      form.setErrors({ email: error instanceof Error ? error.message : String(error) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Invite a teammate">
      {invite ? (
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            On their Outpost: Settings &gt; Sync &gt; Team hub, then type or scan this. It works once, until {new Date(invite.expiresAt).toLocaleTimeString()}.
          </Text>
          {invite.typedCode && (
            <Group gap="xs">
              <Code fz="lg" aria-label="Hub pairing code">
                {invite.typedCode}
              </Code>
              <CopyButton value={invite.typedCode}>{({ copied, copy }) => <Button size="xs" variant="default" onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
            </Group>
          )}
          <Image src={invite.qrImage} alt="QR code with the hub's address, a one-time pairing code and its certificate fingerprint" w={240} h={240} />
          <Button onClick={close}>Done</Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Invite a teammate">
          <Stack gap="sm">
            <TextInput label="Teammate's email" required data-autofocus {...form.getInputProps('email')} />
            <Group>
              <Button type="submit" loading={form.submitting}>
                Create pairing code
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
