import { hasControlCharacter } from '@shared/security/hasControlCharacter';

// What no file system objects to: no path separators, reserved characters, control characters or leading dots.
export function safeFileName(name: string, fallback: string): string {
  return (
    [...name]
      .filter((char) => !hasControlCharacter(char))
      .join('')
      .replace(/[\\/:*?"<>|]+/g, '-')
      .replace(/^\.+/, '')
      .trim() || fallback
  );
}
