// Crockford's base32 without I, L, O and U: nothing to misread when a code is typed by hand.
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const misreadAs: Record<string, string> = { O: '0', I: '1', L: '1' };

// Most significant bit first; the last character is padded with zero bits.
export function encodeCrockford(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += crockfordAlphabet[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) text += crockfordAlphabet[(buffer << (5 - bits)) & 31];
  return text;
}

// Null for a character outside the alphabet; O, I and L read as the digits they look like.
export function decodeCrockford(text: string, byteLength: number): Uint8Array | null {
  const bytes = new Uint8Array(byteLength);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const raw of text.toUpperCase()) {
    const value = crockfordAlphabet.indexOf(misreadAs[raw] ?? raw);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (index < byteLength) bytes[index] = (buffer >> bits) & 255;
      index += 1;
    }
    buffer &= (1 << bits) - 1;
  }
  return index >= byteLength ? bytes : null;
}

// Luhn mod 32: catches any single mistyped character and any two swapped neighbours.
export function crockfordCheckCharacter(text: string): string {
  let sum = 0;
  let double = true;
  for (let position = text.length - 1; position >= 0; position -= 1) {
    let value = crockfordAlphabet.indexOf(text[position] as string) * (double ? 2 : 1);
    value = Math.floor(value / 32) + (value % 32);
    sum += value;
    double = !double;
  }
  return crockfordAlphabet[(32 - (sum % 32)) % 32] as string;
}
