import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';

export type QrCamera = { videoRef: React.RefObject<HTMLVideoElement | null>; error: string | null };

// Reads QR codes from the camera while `active`; the first code read is handed on and the
// camera is switched off at once (also when the scanner closes).
export function useQrCamera(active: boolean, onCode: (text: string) => void): QrCamera {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });
  useEffect(() => {
    const video = videoRef.current;
    if (!active || !video) return;
    let controls: IScannerControls | null = null;
    let stopped = false;
    new BrowserQRCodeReader()
      .decodeFromVideoDevice(undefined, video, (result, _error, running) => {
        if (!result || stopped) return;
        stopped = true;
        running.stop();
        onCodeRef.current(result.getText());
      })
      .then(
        (started) => {
          controls = started;
          if (stopped) started.stop();
        },
        (reason: unknown) => setError(reason instanceof Error && reason.name === 'NotAllowedError' ? 'Outpost may not use the camera. Allow it, or read a photo of the badge instead.' : 'No camera could be started. Read a photo of the badge instead.'),
      );
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [active]);
  return { videoRef, error };
}
