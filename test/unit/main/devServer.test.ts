import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-shared/security/contentSecurityPolicy';
import { devContentSecurityPolicy } from '../../../src-main/security/devContentSecurityPolicy';
import { devServerUrl } from '../../../src-main/security/devServerUrl';
import { withContentSecurityPolicy } from '../../../src-main/security/withContentSecurityPolicy';

describe('devServerUrl', () => {
  it.each(['http://localhost:5173', 'http://localhost:5173/', 'http://127.0.0.1:5173/', 'http://[::1]:5173/'])(
    'accepts the loopback dev server %s in an unpackaged build',
    (value) => {
      expect(devServerUrl(value, false)).toBe(new URL(value).href);
    },
  );

  it('is ignored in a packaged build', () => {
    expect(devServerUrl('http://localhost:5173/', true)).toBeNull();
  });

  it.each([undefined, '', 'not a url', 'https://example.com/', 'http://192.168.1.5:5173/', 'http://localhost.evil.example/', 'file:///tmp/index.html', 'http://user:pw@localhost:5173/'])(
    'refuses %j',
    (value) => {
      expect(devServerUrl(value, false)).toBeNull();
    },
  );
});

describe('devContentSecurityPolicy', () => {
  it('adds only the React Refresh preamble hash to script-src', () => {
    const dev = devContentSecurityPolicy(contentSecurityPolicy);
    const directives = (policy: string) => policy.split(';').map((directive) => directive.trim());
    const scriptSrc = directives(dev).find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(directives(dev).filter((directive) => !directive.startsWith('script-src '))).toEqual(
      directives(contentSecurityPolicy).filter((directive) => !directive.startsWith('script-src ')),
    );
  });

  it('hashes the preamble @vitejs/plugin-react injects', async () => {
    const { default: react } = await import('@vitejs/plugin-react');
    const preamble = react.preambleCode.replace('__BASE__', '/');
    const hash = createHash('sha256').update(preamble).digest('base64');
    expect(devContentSecurityPolicy("script-src 'self'")).toBe(`script-src 'self' 'sha256-${hash}'`);
  });
});

describe('withContentSecurityPolicy', () => {
  it('sets our policy as the only CSP header and keeps the others', () => {
    const headers = withContentSecurityPolicy(
      { 'content-type': ['text/html'], 'content-security-policy': ["script-src *"], 'Content-Security-Policy': ['x'] },
      "default-src 'self'",
    );
    expect(headers).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });

  it('works without incoming headers', () => {
    expect(withContentSecurityPolicy(undefined, 'p')).toEqual({ 'Content-Security-Policy': ['p'] });
  });
});
