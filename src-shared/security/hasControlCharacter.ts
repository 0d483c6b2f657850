// True if the string holds a C0 or C1 control character (NUL, tab, newline, DEL, ...).
// A loop rather than a regex so the check reads plainly and lint's no-control-regex stays quiet.
export function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
