import { bytesFromBase64Url } from '@shared/hub/hubFingerprint';

// As browsers and `openssl x509 -fingerprint -sha256` show it: hex pairs joined by colons.
export function formatFingerprint(fingerprint: string): string {
  return Array.from(bytesFromBase64Url(fingerprint) ?? [], (byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');
}
