import { describe, expect, it } from 'vitest';
import { urlOrigin } from '../../../src-main/security/urlOrigin';

describe('urlOrigin', () => {
  it.each([
    ['app://outpost/index.html#/contacts', 'app://outpost'],
    ['app://outpost', 'app://outpost'],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173'],
    ['https://example.com:443/', 'https://example.com'],
    ['HTTPS://Example.COM/', 'https://example.com'],
  ])('%s -> %s', (url, origin) => {
    expect(urlOrigin(url)).toBe(origin);
  });

  it.each(['about:blank', 'data:text/html,x', 'javascript:alert(1)', 'mailto:a@b.c', 'not a url', ''])('%j has no origin', (url) => {
    expect(urlOrigin(url)).toBeNull();
  });
});
