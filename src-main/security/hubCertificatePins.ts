import { base64UrlFromBytes, fingerprintMatchesPin } from '@shared/hub/hubFingerprint';

// Chromium's verdicts for session.setCertificateVerifyProc.
export const acceptCertificate = 0;
export const refuseCertificate = -2;
export const useChromiumVerdict = -3;

// A paired team hub's certificate is self-signed, so Chromium alone would refuse it; the app
// trusts it exactly when its SHA-256 matches the fingerprint pinned at pairing. For any host
// without a pin, Chromium's own verification stands.
export function hubCertificateVerdict(request: { hostname: string; certificate: { fingerprint: string } }, pins: ReadonlyMap<string, string>): number {
  const pin = pins.get(request.hostname);
  if (!pin) return useChromiumVerdict;
  return fingerprintMatchesPin(fingerprintFromChromium(request.certificate.fingerprint), pin) ? acceptCertificate : refuseCertificate;
}

type CertificateRequest = Parameters<typeof hubCertificateVerdict>[0];

// The session's certificate verify proc: it reads the pins as they are at each request, so a
// pairing made, moved or dropped after start-up counts at once.
export function hubCertificateVerifyProc(pins: ReadonlyMap<string, string>): (request: CertificateRequest, callback: (verdict: number) => void) => void {
  return (request, callback) => callback(hubCertificateVerdict(request, pins));
}

// Chromium writes "sha256/<base64 of the DER digest>".
function fingerprintFromChromium(fingerprint: string): string {
  const base64 = fingerprint.replace(/^sha256\//, '');
  try {
    return base64UrlFromBytes(Uint8Array.from(Buffer.from(base64, 'base64')));
  } catch {
    return '';
  }
}
