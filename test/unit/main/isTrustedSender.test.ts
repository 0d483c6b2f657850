import { describe, expect, it } from 'vitest';
import { isTrustedSender, type FrameLike } from '../../../src-main/security/isTrustedSender';

const frame = (url: string, overrides: Partial<FrameLike> = {}): FrameLike => ({
  url,
  parent: null,
  processId: 4,
  routingId: 1,
  ...overrides,
});

const mainFrame = frame('app://outpost/index.html');
const production = { allowedOrigins: ['app://outpost'], mainFrame };
const development = { allowedOrigins: ['app://outpost', 'http://localhost:5173'], mainFrame };

describe('isTrustedSender', () => {
  it('trusts our main frame on the app origin', () => {
    expect(isTrustedSender(mainFrame, production)).toBe(true);
    expect(isTrustedSender(frame('app://outpost/index.html#/contacts/1'), production)).toBe(true);
  });

  it('trusts the dev server origin only when it is allowed, and only exactly', () => {
    expect(isTrustedSender(frame('http://localhost:5173/'), development)).toBe(true);
    expect(isTrustedSender(frame('http://localhost:5173/'), production)).toBe(false);
    expect(isTrustedSender(frame('http://localhost:5174/'), development)).toBe(false);
    expect(isTrustedSender(frame('https://localhost:5173/'), development)).toBe(false);
    expect(isTrustedSender(frame('http://127.0.0.1:5173/'), development)).toBe(false);
    expect(isTrustedSender(frame('http://localhost:5173.evil.example/'), development)).toBe(false);
  });

  it.each([
    'https://example.com/',
    'app://evil/index.html',
    'app://outpost.evil.example/index.html',
    'app://OUTPOST/index.html',
    'file:///work/out/renderer/index.html',
    'data:text/html,<h1>hi</h1>',
    'about:blank',
    '',
  ])('refuses a main frame showing %j', (url) => {
    expect(isTrustedSender(frame(url), production)).toBe(false);
  });

  it('refuses a subframe, even one on our origin', () => {
    expect(isTrustedSender(frame('app://outpost/index.html', { parent: mainFrame }), production)).toBe(false);
  });

  it('refuses a frame of another window or process', () => {
    expect(isTrustedSender(frame('app://outpost/index.html', { processId: 9 }), production)).toBe(false);
    expect(isTrustedSender(frame('app://outpost/index.html', { routingId: 2 }), production)).toBe(false);
  });

  it('refuses when the sender frame or our window is gone', () => {
    expect(isTrustedSender(null, production)).toBe(false);
    expect(isTrustedSender(undefined, production)).toBe(false);
    expect(isTrustedSender(mainFrame, { ...production, mainFrame: null })).toBe(false);
  });
});
