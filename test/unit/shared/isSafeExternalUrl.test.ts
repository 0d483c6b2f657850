import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '@shared/security/isSafeExternalUrl';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/path?q=1#frag',
    'HTTPS://EXAMPLE.COM/',
    'http://localhost:8080/',
    'mailto:ana@example.com',
    'mailto:ana@example.com?subject=Hello%20there',
    'tel:+442071234567',
    'sms:+442071234567',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['\tjavascript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u200bhttps://example.com'],
    ['\ufeffhttps://example.com'],
    ['https://example.com '],
    ['https://exa mple.com'],
    ['vbscript:msgbox(1)'],
    ['VBScript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['FILE:///C:/Windows/System32/calc.exe'],
    ['data:text/html,<script>alert(1)</script>'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['blob:https://example.com/uuid'],
    ['app://outpost/index.html'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['search-ms:query=calc'],
    ['smb://attacker.example/share'],
    ['ssh://example.com'],
    ['ftp://example.com/file'],
    ['chrome://settings'],
    ['about:blank'],
    ['https://user:pass@example.com'],
    ['https://user@example.com'],
    ['https://bank.example@evil.example/'],
    ['https:\\\\evil.example'],
    ['https://example.com\\@evil.example'],
    ['//example.com'],
    ['example.com'],
    ['https://'],
    ['mailto:'],
    [''],
    [`https://example.com/${'a'.repeat(2048)}`],
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('accepts a URL of exactly 2048 characters', () => {
    const prefix = 'https://example.com/';
    expect(isSafeExternalUrl(prefix + 'a'.repeat(2048 - prefix.length))).toBe(true);
  });
});
