// vCard 2.1 writes non-ASCII text as quoted-printable ("Z=C3=B6e"): bytes as =XX, read as UTF-8
// (or, if they are not valid UTF-8, as Latin-1).
export function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '');
  try {
    return decodeURIComponent(bytes.replace(/%/g, '%25').replace(/=([0-9A-F]{2})/gi, '%$1'));
  } catch {
    return bytes.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}
