// A hub's identity is the SHA-256 of its TLS certificate, written as base64url. A paired device
// pins it: a certificate whose digest does not start with the pinned bytes is refused.

const base64UrlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// By hand: the shared code runs in the renderer, in main and in the server, with no Buffer or btoa.
export function base64UrlFromBytes(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = ((bytes[index] as number) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const characters = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
    for (let position = 0; position < characters; position += 1) text += base64UrlAlphabet[(chunk >> (18 - position * 6)) & 63];
  }
  return text;
}

// Null for text that is not unpadded base64url.
export function bytesFromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const character of text) {
    const value = base64UrlAlphabet.indexOf(character);
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index] = (buffer >> bits) & 255;
      index += 1;
    }
  }
  return bytes;
}

// `pinned` may be the whole digest (from a QR code) or its first 16 bytes (from a typed code).
export function fingerprintMatchesPin(actual: string, pinned: string): boolean {
  const actualBytes = bytesFromBase64Url(actual);
  const pinnedBytes = bytesFromBase64Url(pinned);
  if (!actualBytes || !pinnedBytes || actualBytes.length !== 32 || pinnedBytes.length < 16 || pinnedBytes.length > 32) return false;
  let difference = 0;
  for (let index = 0; index < pinnedBytes.length; index += 1) difference |= (actualBytes[index] as number) ^ (pinnedBytes[index] as number);
  return difference === 0;
}
