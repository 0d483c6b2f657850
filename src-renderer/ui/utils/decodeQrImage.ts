import { BrowserQRCodeReader } from '@zxing/browser';

// The text of the QR code in a picture (a photo of a badge or of a hub's pairing screen, or a
// frame the tests feed in place of the camera). Rejects with a plain message when there is none.
export async function decodeQrImage(image: Blob): Promise<string> {
  const url = URL.createObjectURL(image);
  try {
    const result = await new BrowserQRCodeReader().decodeFromImageUrl(url);
    return result.getText();
  } catch {
    throw new Error('No QR code found in this picture. Hold it flat and well lit, and try again.');
  } finally {
    URL.revokeObjectURL(url);
  }
}
