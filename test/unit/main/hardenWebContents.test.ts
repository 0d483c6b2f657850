import { describe, expect, it, vi } from 'vitest';
import {
  hardenWebContents,
  type HardeningOptions,
  type NavigationEventLike,
  type PermissionRequestDetailsLike,
  type RequestingContentsLike,
  type SessionLike,
  type WebContentsLike,
} from '../../../src-main/security/hardenWebContents';
import { urlOrigin } from '../../../src-main/security/urlOrigin';

type RequestHandler = Parameters<SessionLike['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<SessionLike['setPermissionCheckHandler']>[0];
type OpenHandler = Parameters<WebContentsLike['setWindowOpenHandler']>[0];

// Records every handler hardenWebContents installs, so the test can fire them like Electron.
function fakeContents() {
  const listeners = new Map<string, (event: NavigationEventLike) => void>();
  const installed: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean; open?: OpenHandler } = {};
  const session: SessionLike = {
    setPermissionRequestHandler: (handler) => (installed.request = handler),
    setPermissionCheckHandler: (handler) => (installed.check = handler),
    setDevicePermissionHandler: (handler) => (installed.device = handler),
  };
  const contents: WebContentsLike = {
    session,
    on: (event: string, listener: (event: NavigationEventLike) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => (installed.open = handler),
  };

  const fire = (name: string, url: string): boolean => {
    const event = { url, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event);
    return event.defaultPrevented;
  };
  const request = (permission: string, details: PermissionRequestDetailsLike, requesting: RequestingContentsLike | null = null): boolean => {
    let granted: boolean | undefined;
    installed.request?.(requesting, permission, (value) => (granted = value), details);
    if (granted === undefined) throw new Error('permission callback not called');
    return granted;
  };
  const check = (permission: string, origin: string, details?: PermissionRequestDetailsLike, requesting: RequestingContentsLike | null = null): boolean | undefined =>
    installed.check?.(requesting, permission, origin, details);
  const open = (url: string) => installed.open?.({ url });

  return { contents, installed, fire, request, check, open };
}

function harden(overrides: Partial<HardeningOptions> = {}) {
  const fake = fakeContents();
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  hardenWebContents(fake.contents, { allowedOrigins: ['app://outpost'], allowedPermissions: {}, openExternal, ...overrides });
  return { ...fake, openExternal };
}

describe('hardenWebContents: navigation', () => {
  it.each(['will-navigate', 'will-redirect'])('%s stays within the app origin', (name) => {
    const { fire } = harden();
    expect(fire(name, 'app://outpost/index.html')).toBe(false);
    expect(fire(name, 'app://outpost/index.html#/deals')).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'app://evil/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
  ])('will-navigate and will-redirect to %j are prevented', (url) => {
    const { fire } = harden();
    expect(fire('will-navigate', url)).toBe(true);
    expect(fire('will-redirect', url)).toBe(true);
  });

  it('allows the dev server origin only when it is in the allowed origins', () => {
    const { fire } = harden({ allowedOrigins: ['app://outpost', 'http://localhost:5173'] });
    expect(fire('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(fire('will-navigate', 'http://localhost:5174/')).toBe(true);
  });

  it('refuses to attach a webview', () => {
    const { fire } = harden();
    expect(fire('will-attach-webview', 'https://example.com/')).toBe(true);
  });

  it('prevents navigation without opening anything externally', () => {
    const { fire, openExternal } = harden();
    fire('will-navigate', 'https://example.com/');
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('hardenWebContents: window.open', () => {
  it('denies every new window and opens safe links in the OS browser', () => {
    const { open, openExternal } = harden();
    expect(open('https://example.com/docs')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/docs');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://outpost/index.html', 'https://user:pass@example.com', ' https://example.com'])(
    'denies %j without opening it',
    (url) => {
      const { open, openExternal } = harden();
      expect(open(url)).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('survives the OS refusing to open a link', () => {
    const openExternal = vi.fn(() => Promise.reject(new Error('no handler')));
    const { open } = harden({ openExternal });
    expect(open('mailto:ana@example.com')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledOnce();
  });
});

describe('hardenWebContents: permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies %s with the default empty allow-list',
    (permission) => {
      const { request, check } = harden();
      expect(request(permission, { requestingUrl: 'app://outpost/index.html' })).toBe(false);
      expect(check(permission, 'app://outpost')).toBe(false);
    },
  );

  it('grants the camera to the capture view of our origin only', () => {
    const { request, check } = harden({ allowedPermissions: { media: ['/capture'] } });
    expect(request('media', { requestingUrl: 'app://outpost/index.html#/capture' })).toBe(true);
    expect(check('media', 'app://outpost', { requestingUrl: 'app://outpost/index.html#/capture' })).toBe(true);
    for (const requestingUrl of ['app://outpost/index.html', 'app://outpost/index.html#/contacts', 'app://outpost/index.html#/capture-evil', 'https://example.com/#/capture']) {
      expect(request('media', { requestingUrl })).toBe(false);
      expect(check('media', urlOrigin(requestingUrl) ?? '', { requestingUrl })).toBe(false);
    }
    // Without the page's URL the view is unknown.
    expect(check('media', 'app://outpost')).toBe(false);
    expect(request('media', {})).toBe(false);
    expect(request('geolocation', { requestingUrl: 'app://outpost/index.html#/capture' })).toBe(false);
    expect(request('toString', { requestingUrl: 'app://outpost/index.html#/capture' })).toBe(false);
  });

  it('goes by the page’s current view, not the one a late request names', () => {
    const { request, check } = harden({ allowedPermissions: { media: ['/capture'] } });
    const movedOn = { getURL: () => 'app://outpost/index.html#/contacts' };
    const stillThere = { getURL: () => 'app://outpost/index.html#/capture' };
    expect(request('media', { requestingUrl: 'app://outpost/index.html#/capture' }, movedOn)).toBe(false);
    expect(request('media', { requestingUrl: 'app://outpost/index.html#/capture' }, stillThere)).toBe(true);
    expect(check('media', 'app://outpost', { requestingUrl: 'app://outpost/index.html#/capture' }, movedOn)).toBe(false);
    expect(check('media', 'app://outpost', undefined, stillThere)).toBe(true);
  });

  it('denies every device (USB, HID, serial)', () => {
    const { installed } = harden();
    expect(installed.device?.()).toBe(false);
  });
});
