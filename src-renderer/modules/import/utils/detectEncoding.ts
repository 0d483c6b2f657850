import type { ImportEncoding } from './importFileFormat';

// The encoding of a file from its first bytes: a byte-order mark if there is one; zero bytes in
// every other position for UTF-16 without one; UTF-8 if the bytes are valid UTF-8; else
// Windows-1252 (Excel's "CSV" on Western Windows).
export function detectEncoding(head: Uint8Array): ImportEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = head.subarray(0, 512);
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) zerosAtEven += 1;
    else zerosAtOdd += 1;
  });
  const half = sample.length / 2;
  if (zerosAtOdd > half * 0.3 && zerosAtEven === 0) return 'utf-16le';
  if (zerosAtEven > half * 0.3 && zerosAtOdd === 0) return 'utf-16be';
  try {
    // `stream` so a character cut off at the end of the sample is not called invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
