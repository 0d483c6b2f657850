import { isAbsolute, relative, resolve, sep } from 'node:path';
import { appOrigin } from './appOrigin';
import { hasControlCharacter } from '@shared/security/hasControlCharacter';

const maxLength = 2048;
// Never needed in a built asset's name: separators and ':' (Windows drive letters and NTFS
// alternate data streams such as "index.html:secret").
const forbiddenInSegment = /[/\\:]/u;

// Maps app://outpost/<path> to a file inside rootDir, or null when the request must be refused.
// The raw path is checked segment by segment before any normalisation: WHATWG URL parsing
// quietly collapses "..", which would hide a traversal attempt instead of refusing it.
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (requestUrl.length > maxLength || requestUrl.includes('\\')) return null;
  if (requestUrl !== appOrigin && !requestUrl.startsWith(`${appOrigin}/`)) return null;
  if (!URL.canParse(requestUrl)) return null;

  const rawPath = requestUrl.slice(appOrigin.length).split(/[?#]/u, 1)[0] ?? '';
  const segments = rawPath === '' || rawPath === '/' ? ['index.html'] : decodeSegments(rawPath.slice(1));
  if (segments === null) return null;

  const root = resolve(rootDir);
  const filePath = resolve(root, ...segments);
  const inside = relative(root, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return filePath;
}

function decodeSegments(path: string): string[] | null {
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    const segment = safeDecode(raw);
    if (segment === null || segment === '' || segment === '.' || segment === '..') return null;
    if (hasControlCharacter(segment) || forbiddenInSegment.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
