const loopbackHosts: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

// The electron-vite dev server URL (ELECTRON_RENDERER_URL), honoured only in an unpackaged
// build and only on loopback: a packaged app must never load a page an environment variable
// points at.
export function devServerUrl(value: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || value === undefined || !URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!loopbackHosts.has(url.hostname) || url.username !== '' || url.password !== '') return null;
  return url.href;
}
