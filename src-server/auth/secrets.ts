import { createHash, randomBytes, randomInt } from 'node:crypto';
import { crockfordAlphabet } from '@shared/text/crockfordBase32';

// Tokens and pairing codes are shown once and stored only as hashes: a copy of the database
// gives nobody a way in. Both are random enough that a plain sha256 needs no salt.

const tokenPrefix = 'opt_';
const codeLength = 12;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

// 256 random bits.
export function newDeviceToken(): string {
  return tokenPrefix + randomBytes(32).toString('base64url');
}

// 60 random bits of Crockford base32 in groups of four, e.g. 7KQ2-M9XD-4RTA; one use, short-lived, rate-limited.
export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < codeLength; i++) code += crockfordAlphabet[randomInt(crockfordAlphabet.length)];
  return code.match(/.{4}/g)!.join('-');
}

// What is hashed: a code typed in lower case or without dashes is the same code.
export function normalisePairingCode(input: string): string {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  return compact.match(/.{1,4}/g)?.join('-') ?? '';
}
