import { toHex } from './bytes';
import { webPlatform, type CryptoKeyHandle } from './webPlatform';
import { pbkdf2Iterations } from './workspaceFileFormat';

export function derivePasswordKey(password: string, salt: Uint8Array, iterations = pbkdf2Iterations): Promise<CryptoKeyHandle> {
  const { subtle } = webPlatform.crypto;
  return subtle
    .importKey('raw', new webPlatform.TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey'])
    .then((material) => subtle.deriveKey({ name: 'PBKDF2', salt, iterations, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await webPlatform.crypto.subtle.digest('SHA-256', bytes)));
}
