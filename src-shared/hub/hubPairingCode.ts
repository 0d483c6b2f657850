import { crockfordCheckCharacter, decodeCrockford, encodeCrockford } from '../text/crockfordBase32';
import { base64UrlFromBytes, bytesFromBase64Url } from './hubFingerprint';

// What a teammate needs to pair with a hub: where it listens, the server's one-time pairing code
// and the fingerprint of the hub's TLS certificate, which their app then pins. The typed code
// carries one IPv4 address and the first 16 bytes of the fingerprint (128 bits: nobody can make a
// certificate that matches); the QR code carries every address and the whole fingerprint.
export type HubPairing = {
  addresses: string[];
  port: number;
  // The server's pairing code, e.g. 7KQ2-M9XD-4RTA.
  code: string;
  // SHA-256 of the certificate (DER), base64url; 16 or 32 bytes.
  fingerprint: string;
};

export class HubPairingError extends Error {}

const version = 1;
const fingerprintPrefixBytes = 16;
// version, IPv4 address, port, fingerprint prefix.
const headerBytes = 1 + 4 + 2 + fingerprintPrefixBytes;
const headerCharacters = Math.ceil((headerBytes * 8) / 5);
const serverCodeCharacters = 12;
const typedLength = headerCharacters + serverCodeCharacters + 1;
const qrScheme = 'outpost-hub:';

const ipv4Pattern = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function compactServerCode(code: string): string {
  const compact = code.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(compact)) throw new HubPairingError('The pairing code is not one the hub made.');
  return compact;
}

function groupsOf(text: string, size: number): string {
  return text.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? '';
}

// Ten groups of five characters, e.g. 04G2R-…, to read out or type.
export function encodeTypedHubCode(pairing: HubPairing): string {
  const address = pairing.addresses.find((candidate) => ipv4Pattern.test(candidate));
  if (!address) throw new HubPairingError('The hub has no IPv4 address on this network to put in a typed code.');
  const fingerprint = bytesFromBase64Url(pairing.fingerprint);
  if (!fingerprint || fingerprint.length < fingerprintPrefixBytes) throw new HubPairingError('The certificate fingerprint is malformed.');
  const header = new Uint8Array(headerBytes);
  header[0] = version;
  header.set(address.split('.').map(Number), 1);
  header[5] = pairing.port >> 8;
  header[6] = pairing.port & 255;
  header.set(fingerprint.subarray(0, fingerprintPrefixBytes), 7);
  const body = encodeCrockford(header) + compactServerCode(pairing.code);
  return groupsOf(body + crockfordCheckCharacter(body), 5);
}

// outpost-hub:1/<addresses, comma-separated>/<port>/<pairing code>/<fingerprint>
export function encodeHubQrPayload(pairing: HubPairing): string {
  return `${qrScheme}${version}/${pairing.addresses.join(',')}/${pairing.port}/${pairing.code}/${pairing.fingerprint}`;
}

// Either form, as typed (any case, with or without dashes or spaces) or as scanned.
export function decodeHubPairing(input: string): HubPairing {
  const text = input.trim();
  return text.toLowerCase().startsWith(qrScheme) ? decodeQrPayload(text) : decodeTypedCode(text);
}

function decodeTypedCode(text: string): HubPairing {
  const compact = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== typedLength) throw new HubPairingError(`A hub pairing code has ${typedLength} characters; this one has ${compact.length}.`);
  const body = compact.slice(0, -1);
  if (crockfordCheckCharacter(body) !== compact.slice(-1)) throw new HubPairingError('The pairing code has a typo: check it against the one the host shows.');
  const header = decodeCrockford(body.slice(0, headerCharacters), headerBytes);
  if (!header) throw new HubPairingError('The pairing code has characters a code never has.');
  if (header[0] !== version) throw new HubPairingError('The pairing code comes from a newer Outpost; update this app.');
  const port = ((header[5] as number) << 8) | (header[6] as number);
  return {
    addresses: [Array.from(header.subarray(1, 5)).join('.')],
    port,
    code: groupsOf(body.slice(headerCharacters), 4),
    fingerprint: base64UrlFromBytes(header.subarray(7)),
  };
}

function decodeQrPayload(text: string): HubPairing {
  const [payloadVersion, addressList = '', portText = '', code = '', fingerprint = ''] = text.slice(qrScheme.length).split('/');
  if (payloadVersion !== String(version)) throw new HubPairingError('The QR code comes from another Outpost version; update this app.');
  const addresses = addressList.split(',').filter(Boolean);
  const port = Number(portText);
  if (addresses.length === 0 || !Number.isInteger(port) || port < 1 || port > 65535) throw new HubPairingError('The QR code does not say where the hub is.');
  if (bytesFromBase64Url(fingerprint)?.length !== 32) throw new HubPairingError('The QR code has no valid certificate fingerprint.');
  return { addresses, port, code: groupsOf(compactServerCode(code), 4), fingerprint };
}
