// scheme://host[:port] of a URL, or null if it does not parse. URL#origin is "null" for
// non-special schemes such as app:, so it cannot be used to compare our own origin.
export function urlOrigin(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}
