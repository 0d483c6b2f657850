import { hasControlCharacter } from './hasControlCharacter';

// URL exists in browsers, Node and Electron alike; src-shared has no DOM or Node types, so it
// declares the part it uses, scoped to this module. Main (shell.openExternal) and the browser
// bridge (window.open) share this one policy.
declare const URL: {
  new (input: string): { protocol: string; username: string; password: string; hostname: string; pathname: string };
  canParse(input: string): boolean;
};

const maxLength = 2048;
const allowedProtocols: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);
// Whitespace of any kind, zero-width and bidi-control characters, and backslashes: URL parsing
// would strip or rewrite them, so a string that contains them is refused rather than "fixed".
const invisibleOrRewritten = /[\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\\]/u;

// Decides whether a URL may be handed to the OS (shell.openExternal). The OS resolves it with
// its own handlers, so anything but plain web, mail and phone links is refused.
export function isSafeExternalUrl(url: string): boolean {
  if (url.length === 0 || url.length > maxLength) return false;
  if (hasControlCharacter(url) || invisibleOrRewritten.test(url)) return false;
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  if (!allowedProtocols.has(parsed.protocol)) return false;
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    // user:pass@ hides the real host from a reader ("https://bank.example@evil.example").
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  }
  return parsed.pathname !== '';
}
