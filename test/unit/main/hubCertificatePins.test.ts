import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64UrlFromBytes } from '@shared/hub/hubFingerprint';
import { acceptCertificate, hubCertificateVerdict, refuseCertificate, useChromiumVerdict } from '../../../src-main/security/hubCertificatePins';

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
