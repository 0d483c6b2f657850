import { Alert, Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQrCamera } from '../hooks/useQrCamera';
import { decodeQrImage } from '../../../ui/utils/decodeQrImage';

export type BadgeScannerProps = { opened: boolean; onClose: () => void; onScan: (payload: string) => void };

function ScannerBody({ onClose, onScan }: Omit<BadgeScannerProps, 'opened'>) {
  const [pictureError, setPictureError] = useState<string | null>(null);
  const scan = (payload: string) => {
    onScan(payload);
    onClose();
  };
  const { videoRef, error } = useQrCamera(true, scan);
  const readPicture = (file: File | null) => {
    if (!file) return;
    setPictureError(null);
    decodeQrImage(file).then(scan, (reason: unknown) => setPictureError(reason instanceof Error ? reason.message : String(reason)));
  };
  return (
    <Stack gap="sm">
      <video ref={videoRef} muted playsInline aria-label="Camera preview" style={{ width: '100%', maxHeight: 360, background: 'black', borderRadius: 8 }} />
      <Text size="sm">Hold the badge’s QR code in front of the camera; the form fills in for you to check.</Text>
      {error && <Alert color="yellow">{error}</Alert>}
      {pictureError && <Alert color="red">{pictureError}</Alert>}
      <Group justify="flex-end">
        <FileButton accept="image/*" onChange={readPicture}>
          {(props) => (
            <Button variant="default" {...props}>
              Read a badge photo
            </Button>
          )}
        </FileButton>
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

// The camera is on only while this dialog is open (and in Electron only this view may ask).
export function BadgeScanner({ opened, onClose, onScan }: BadgeScannerProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Scan a badge" size="lg">
      {opened && <ScannerBody onClose={onClose} onScan={onScan} />}
    </Modal>
  );
}
