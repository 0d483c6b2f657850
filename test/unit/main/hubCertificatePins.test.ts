import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { base64UrlFromBytes } from '@shared/hub/hubFingerprint';
import { decodeHubPairing, encodeTypedHubCode } from '@shared/hub/hubPairingCode';
import { loadOrCreateHubCertificate, type HubCertificate } from '../../../src-server/hub/hubCertificate';
import type { SyncCredentials } from '@shared/ipc/bridgeContract';
import { HubPins } from '../../../src-main/hub/hubPins';
import { acceptCertificate, hubCertificateVerdict, hubCertificateVerifyProc, refuseCertificate, useChromiumVerdict } from '../../../src-main/security/hubCertificatePins';

const der = (text: string) => createHash('sha256').update(text).digest();
const hub = der('the hub certificate');
const impostor = der('another certificate');
const chromium = (digest: Buffer) => ({ fingerprint: `sha256/${digest.toString('base64')}` });
const pins = new Map([['192.168.1.23', base64UrlFromBytes(Uint8Array.from(hub))]]);

describe('hub certificate pinning in Electron', () => {
  it('accepts the pinned hub certificate even though it is self-signed', () => {
    expect(hubCertificateVerdict({ hostname: '192.168.1.23', certificate: chromium(hub) }, pins)).toBe(acceptCertificate);
  });

  it('accepts a certificate matching a 16-byte pin from a typed code', () => {
    const prefix = new Map([['192.168.1.23', base64UrlFromBytes(Uint8Array.from(hub.subarray(0, 16)))]]);
    expect(hubCertificateVerdict({ hostname: '192.168.1.23', certificate: chromium(hub) }, prefix)).toBe(acceptCertificate);
  });

  it('refuses another certificate at the pinned address: a machine pretending to be the hub', () => {
    expect(hubCertificateVerdict({ hostname: '192.168.1.23', certificate: chromium(impostor) }, pins)).toBe(refuseCertificate);
    expect(hubCertificateVerdict({ hostname: '192.168.1.23', certificate: { fingerprint: 'garbage' } }, pins)).toBe(refuseCertificate);
  });

  it("leaves every other host to Chromium's own verification", () => {
    expect(hubCertificateVerdict({ hostname: 'example.com', certificate: chromium(hub) }, pins)).toBe(useChromiumVerdict);
  });
});

const pairedWith = (serverUrl: string, digest: Buffer): SyncCredentials => ({
  serverUrl,
  token: 'a-secret-device-token-0123456789',
  workspaceId: 'w1',
  userId: 'u1',
  deviceId: 'd1',
  certificateFingerprint: base64UrlFromBytes(Uint8Array.from(digest)),
});

describe('the certificate verify proc main gives the session', () => {
  // What the proc answers Chromium for a TLS connection to `hostname` showing a certificate.
  const answer = (proc: ReturnType<typeof hubCertificateVerifyProc>, hostname: string, digest: Buffer) => {
    const callback = vi.fn<(verdict: number) => void>();
    proc({ hostname, certificate: chromium(digest) }, callback);
    expect(callback).toHaveBeenCalledOnce();
    return callback.mock.calls[0]?.[0];
  };

  it('refuses another certificate at the paired hub’s host, accepts the hub’s, and leaves other hosts to Chromium', () => {
    const pins = new HubPins();
    pins.remember(pairedWith('https://192.168.1.23:8788', hub));
    const proc = hubCertificateVerifyProc(pins.entries);
    expect(answer(proc, '192.168.1.23', impostor)).toBe(refuseCertificate);
    expect(answer(proc, '192.168.1.23', hub)).toBe(acceptCertificate);
    expect(answer(proc, 'sync.example.com', impostor)).toBe(useChromiumVerdict);
  });

  it('follows pairings made and dropped after it was set, as the app starts with none', () => {
    const pins = new HubPins();
    const proc = hubCertificateVerifyProc(pins.entries);
    expect(answer(proc, '192.168.1.23', hub)).toBe(useChromiumVerdict);
    pins.remember(pairedWith('https://192.168.1.23:8788', hub));
    expect(answer(proc, '192.168.1.23', impostor)).toBe(refuseCertificate);
    expect(answer(proc, '192.168.1.23', hub)).toBe(acceptCertificate);
    pins.remember(null);
    expect(answer(proc, '192.168.1.23', hub)).toBe(useChromiumVerdict);
  });
});

// What Electron hands the verify proc for a hub's certificate: "sha256/" and the base64 SHA-256 of
// the DER (net::HashValue::ToString of the leaf's fingerprint).
const chromiumFingerprintOf = (pem: string) => ({ fingerprint: `sha256/${createHash('sha256').update(new X509Certificate(pem).raw).digest('base64')}` });

describe('hub certificate pinning with certificates the hub made', () => {
  let folder: string;
  let hubCertificate: HubCertificate;
  let impostorCertificate: HubCertificate;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'outpost-hub-pins-'));
    hubCertificate = await loadOrCreateHubCertificate(join(folder, 'hub'));
    impostorCertificate = await loadOrCreateHubCertificate(join(folder, 'impostor'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const verdict = (hostname: string, pem: string, pin: string) => hubCertificateVerdict({ hostname, certificate: chromiumFingerprintOf(pem) }, new Map([['192.168.1.23', pin]]));

  it('accepts the hub at the pinned address, pinned from a QR code or from a typed code', () => {
    const typedPin = decodeHubPairing(encodeTypedHubCode({ addresses: ['192.168.1.23'], port: 8788, code: '7KQ2-M9XD-4RTA', fingerprint: hubCertificate.fingerprint })).fingerprint;
    expect(verdict('192.168.1.23', hubCertificate.cert, hubCertificate.fingerprint)).toBe(acceptCertificate);
    expect(verdict('192.168.1.23', hubCertificate.cert, typedPin)).toBe(acceptCertificate);
  });

  it('refuses another self-signed certificate at the pinned address, and the hub under a wrong pin', () => {
    expect(verdict('192.168.1.23', impostorCertificate.cert, hubCertificate.fingerprint)).toBe(refuseCertificate);
    expect(verdict('192.168.1.23', hubCertificate.cert, impostorCertificate.fingerprint)).toBe(refuseCertificate);
  });

  it("leaves an unpinned host to Chromium's own verification, which refuses a self-signed certificate", () => {
    expect(verdict('192.168.1.99', hubCertificate.cert, hubCertificate.fingerprint)).toBe(useChromiumVerdict);
  });
});
