import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../src-main/security/resolveAppPath';

const root = resolve('/srv/outpost/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://outpost', 'index.html'],
    ['app://outpost/', 'index.html'],
    ['app://outpost/index.html', 'index.html'],
    ['app://outpost/index.html?x=1#/contacts', 'index.html'],
    ['app://outpost/assets/index-abc123.js', join('assets', 'index-abc123.js')],
    ['app://outpost/assets/My%20Font.woff2', join('assets', 'My Font.woff2')],
    ['app://outpost/a..b.js', 'a..b.js'],
  ])('maps %s inside the root', (url, relativePath) => {
    expect(resolveAppPath(root, url)).toBe(join(root, relativePath));
  });

  it.each([
    'app://outpost/../../etc/passwd',
    'app://outpost/assets/../../../etc/passwd',
    'app://outpost/./index.html',
    // Dot segments are refused even when the result would stay inside the root.
    'app://outpost/assets/../index.html',
    'app://outpost/assets/%2e%2e/index.html',
    'app://outpost/assets/%2E/index.html',
    'app://outpost/..%2f..%2fetc%2fpasswd',
    'app://outpost/..%2F..%2Fetc%2Fpasswd',
    'app://outpost/%2e%2e/%2e%2e/etc/passwd',
    'app://outpost/%2E%2E/etc/passwd',
    'app://outpost/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
    'app://outpost/..%5c..%5cwindows%5cwin.ini',
    'app://outpost/assets\\..\\..\\etc\\passwd',
    'app://outpost/index.html%00.png',
    'app://outpost/index.html%00',
    'app://outpost/%2fetc%2fpasswd',
    'app://outpost//etc/passwd',
    'app://outpost/C:/Windows/win.ini',
    'app://outpost/C%3A%5CWindows%5Cwin.ini',
    'app://outpost/index.html:stream',
    'app://outpost/%%32e%%32e/etc/passwd',
    'app://outpost/%E0%A4%A',
    'app://evil/index.html',
    'app://outpost.evil.example/index.html',
    'app://outpost@evil/index.html',
    'app://user@outpost/index.html',
    'app://outpost:8080/index.html',
    'app://OUTPOST/index.html',
    'APP://outpost/index.html',
    'https://outpost/index.html',
    'file:///etc/passwd',
    '/etc/passwd',
    'index.html',
    '',
    `app://outpost/${'a'.repeat(2100)}`,
  ])('refuses %j', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('keeps a double-encoded dot segment as a literal name inside the root', () => {
    // %252e decodes once to the text "%2e", a harmless file name: decoding happens exactly once.
    expect(resolveAppPath(root, 'app://outpost/%252e%252e/passwd')).toBe(join(root, '%2e%2e', 'passwd'));
  });
});
