import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64UrlFromBytes, bytesFromBase64Url, fingerprintMatchesPin } from '@shared/hub/hubFingerprint';
import { decodeHubPairing, encodeHubQrPayload, encodeTypedHubCode, HubPairingError, type HubPairing } from '@shared/hub/hubPairingCode';
import { crockfordAlphabet } from '@shared/text/crockfordBase32';

const fingerprint = base64UrlFromBytes(Uint8Array.from({ length: 32 }, (_, index) => (index * 37 + 11) % 256));
const pairing: HubPairing = { addresses: ['192.168.1.23', '10.0.0.7'], port: 8443, code: '7KQ2-M9XD-4RTA', fingerprint };

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));
const serverCode = fc.array(fc.constantFrom(...crockfordAlphabet), { minLength: 12, maxLength: 12 }).map((chars) => chars.join('').match(/.{4}/g)!.join('-'));
const digest = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(base64UrlFromBytes);
const anyPairing = fc.record({ addresses: fc.array(ipv4, { minLength: 1, maxLength: 3 }), port: fc.integer({ min: 1, max: 65535 }), code: serverCode, fingerprint: digest });

describe('hub pairing code', () => {
  it('a typed code gives back the first address, the port, the server code and a 16-byte fingerprint prefix that pins the certificate', () => {
    fc.assert(
      fc.property(anyPairing, (input) => {
        const decoded = decodeHubPairing(encodeTypedHubCode(input));
        expect(decoded).toEqual({ addresses: [input.addresses[0]], port: input.port, code: input.code, fingerprint: decoded.fingerprint });
        expect(bytesFromBase64Url(decoded.fingerprint)).toHaveLength(16);
        expect(fingerprintMatchesPin(input.fingerprint, decoded.fingerprint)).toBe(true);
      }),
    );
  });

  it('a QR payload gives back every address and the whole fingerprint', () => {
    fc.assert(
      fc.property(anyPairing, (input) => {
        expect(decodeHubPairing(encodeHubQrPayload(input))).toEqual(input);
      }),
    );
  });

  it('reads a typed code in lower case, without dashes, with O for 0 and l for 1', () => {
    const typed = encodeTypedHubCode(pairing);
    expect(typed).toMatch(/^([0-9A-Z]{5}-){9}[0-9A-Z]{5}$/);
    const sloppy = typed.replace(/-/g, ' ').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeHubPairing(sloppy).code).toBe(pairing.code);
  });

  it('refuses a code with one character mistyped or two neighbours swapped, saying it has a typo', () => {
    const typed = encodeTypedHubCode(pairing).replace(/-/g, '');
    for (let position = 0; position < typed.length; position += 1) {
      const wrong = crockfordAlphabet[(crockfordAlphabet.indexOf(typed[position]!) + 5) % 32]!;
      expect(() => decodeHubPairing(typed.slice(0, position) + wrong + typed.slice(position + 1))).toThrow(/typo/);
    }
    for (let position = 0; position < typed.length - 1; position += 1) {
      if (typed[position] === typed[position + 1]) continue;
      const swapped = typed.slice(0, position) + typed[position + 1] + typed[position] + typed.slice(position + 2);
      expect(() => decodeHubPairing(swapped)).toThrow(/typo/);
    }
  });

  it('refuses a code of the wrong length, a QR code without a fingerprint and a hub without an IPv4 address', () => {
    expect(() => decodeHubPairing('ABCD-EFGH')).toThrow(/50 characters; this one has 8/);
    expect(() => decodeHubPairing('outpost-hub:1/192.168.1.2/8443/7KQ2-M9XD-4RTA/short')).toThrow(/fingerprint/);
    expect(() => decodeHubPairing('outpost-hub:9/192.168.1.2/8443/7KQ2-M9XD-4RTA/x')).toThrow(/version/);
    expect(() => encodeTypedHubCode({ ...pairing, addresses: ['fe80::1'] })).toThrow(HubPairingError);
  });
});

describe('certificate fingerprint pinning', () => {
  it('base64url matches Node for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(base64UrlFromBytes(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
        expect(bytesFromBase64Url(base64UrlFromBytes(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses any other certificate, and pins shorter than 16 bytes', () => {
    const other = base64UrlFromBytes(Uint8Array.from({ length: 32 }, (_, index) => index));
    expect(fingerprintMatchesPin(other, fingerprint)).toBe(false);
    expect(fingerprintMatchesPin(fingerprint, fingerprint)).toBe(true);
    expect(fingerprintMatchesPin(fingerprint, fingerprint.slice(0, 8))).toBe(false);
    expect(fingerprintMatchesPin(fingerprint, 'not base64!')).toBe(false);
  });
});
