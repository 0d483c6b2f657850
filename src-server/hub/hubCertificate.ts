import { X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { base64UrlFromBytes } from '@shared/hub/hubFingerprint';

export type HubCertificate = { key: string; cert: string; fingerprint: string };

const keyFile = 'hub-key.pem';
const certFile = 'hub-cert.pem';
const validityYears = 20;

export function certificateFingerprint(certPem: string): string {
  const digest = new X509Certificate(certPem).fingerprint256.replace(/:/g, '');
  return base64UrlFromBytes(Uint8Array.from(Buffer.from(digest, 'hex')));
}

// Made on first use and kept: teammates pin its fingerprint, so a new one would unpair them all.
// Self-signed on purpose: no authority vouches for a laptop on a trade-show network, the pin does.
export async function loadOrCreateHubCertificate(folder: string): Promise<HubCertificate> {
  const existing = await readPair(folder);
  if (existing) return existing;
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate);
  notAfterDate.setFullYear(notAfterDate.getFullYear() + validityYears);
  const made = await generate([{ name: 'commonName', value: 'Outpost team hub' }], { keyType: 'ec', curve: 'P-256', algorithm: 'sha256', notBeforeDate, notAfterDate });
  await mkdir(folder, { recursive: true, mode: 0o700 });
  // The key first, each through a temporary file: a crash never leaves a certificate without its key.
  await writeAtomically(join(folder, keyFile), made.private);
  await writeAtomically(join(folder, certFile), made.cert);
  return { key: made.private, cert: made.cert, fingerprint: certificateFingerprint(made.cert) };
}

async function readPair(folder: string): Promise<HubCertificate | null> {
  try {
    const [key, cert] = await Promise.all([readFile(join(folder, keyFile), 'utf8'), readFile(join(folder, certFile), 'utf8')]);
    return { key, cert, fingerprint: certificateFingerprint(cert) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.tmp`;
  await writeFile(temporary, content, { mode: 0o600 });
  await rename(temporary, path);
}
