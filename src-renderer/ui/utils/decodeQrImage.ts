import { BrowserQRCodeReader } from '@zxing/browser';
import { DecodeHintType } from '@zxing/library';

// zxing's finder-pattern search misses about one clean, generated code in ten (measured on
// pairing-code payloads); the pure-barcode pass reads those, and the first pass reads photos.
const passes = [new Map([[DecodeHintType.TRY_HARDER, true]]), new Map([[DecodeHintType.PURE_BARCODE, true]])];

// The text of the QR code in a picture (a photo of a badge or of a hub's pairing screen, or a
// frame the tests feed in place of the camera). Rejects with a plain message when there is none.
export async function decodeQrImage(image: Blob): Promise<string> {
  const url = URL.createObjectURL(image);
  try {
    for (const hints of passes) {
      try {
        return (await new BrowserQRCodeReader(hints).decodeFromImageUrl(url)).getText();
      } catch {
        // Next pass.
      }
    }
    throw new Error('No QR code found in this picture. Hold it flat and well lit, and try again.');
  } finally {
    URL.revokeObjectURL(url);
  }
}
