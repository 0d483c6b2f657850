import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMail, IconMessage, IconPhone, type Icon } from '@tabler/icons-react';
import type { StoredRecord } from '../../../../db/rowTypes';
import { bridge } from '../../../../bridge/bridge';

export type ContactChannelButtonsProps = { contact: StoredRecord<'contacts'> };

type Channel = { label: string; icon: Icon; url: string | null; missing: string; target: string | null };

// Hands mailto:, tel: and sms: links to the system's mail, phone or messaging app; the bridge
// refuses anything isSafeExternalUrl does not allow.
async function openChannel(url: string): Promise<void> {
  try {
    const { opened } = await bridge.openExternal({ url });
    if (opened) return;
  } catch {
    // Reported below, like a refusal.
  }
  notifications.show({ color: 'red', title: 'Could not open', message: `No app on this computer opened ${url}.` });
}

export function ContactChannelButtons({ contact }: ContactChannelButtonsProps) {
  const { email, phone } = contact;
  const channels: Channel[] = [
    { label: 'Email', icon: IconMail, url: email && `mailto:${email}`, missing: 'No email address', target: email },
    { label: 'Call', icon: IconPhone, url: phone && `tel:${phone}`, missing: 'No phone number', target: phone },
    { label: 'SMS', icon: IconMessage, url: phone && `sms:${phone}`, missing: 'No phone number', target: phone },
  ];
  return channels.map(({ label, icon: ChannelIcon, url, missing, target }) => (
    <Button
      key={label}
      variant="light"
      leftSection={<ChannelIcon size={16} aria-hidden />}
      disabled={!url}
      // The address or the reason the button is off, as a tooltip and an accessible description.
      title={target ?? missing}
      onClick={() => url && openChannel(url)}
    >
      {label}
    </Button>
  ));
}
