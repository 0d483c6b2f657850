import { Button, FileButton, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconClipboardText, IconFileImport, IconQrcode } from '@tabler/icons-react';
import { BadgeScanner } from './BadgeScanner';
import { PasteSignatureModal } from './PasteSignatureModal';

export type CaptureToolsProps = { onScan: (payload: string) => void; onPaste: (text: string) => void; onVCardFile: (file: File) => void };

// The ways in besides typing: a badge's QR code, a pasted signature, a .vcf file.
export function CaptureTools({ onScan, onPaste, onVCardFile }: CaptureToolsProps) {
  const [scanning, scanner] = useDisclosure();
  const [pasting, paste] = useDisclosure();
  return (
    <Group gap="sm">
      <Button variant="light" leftSection={<IconQrcode size={18} aria-hidden />} onClick={scanner.open}>
        Scan badge
      </Button>
      <Button variant="light" leftSection={<IconClipboardText size={18} aria-hidden />} onClick={paste.open}>
        Paste signature
      </Button>
      <FileButton accept=".vcf,text/vcard,text/x-vcard" onChange={(file) => file && onVCardFile(file)}>
        {(props) => (
          <Button variant="light" leftSection={<IconFileImport size={18} aria-hidden />} {...props}>
            Open .vcf
          </Button>
        )}
      </FileButton>
      <BadgeScanner opened={scanning} onClose={scanner.close} onScan={onScan} />
      <PasteSignatureModal opened={pasting} onClose={paste.close} onRead={onPaste} />
    </Group>
  );
}
