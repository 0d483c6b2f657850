import { isSafeExternalUrl } from '@shared/security/isSafeExternalUrl';
import { urlOrigin } from './urlOrigin';

// The slices of Electron's WebContents and Session that the hardening touches, so tests can
// pass fakes. Real Electron objects satisfy these structurally.
export interface PreventableEventLike {
  preventDefault(): void;
}

export interface NavigationEventLike extends PreventableEventLike {
  readonly url: string;
}

export interface PermissionRequestDetailsLike {
  readonly requestingUrl?: string;
}

// The page asking; null when Electron does not say. Its live URL holds the view's hash route.
export interface RequestingContentsLike {
  getURL(): string;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (contents: RequestingContentsLike | null, permission: string, callback: (granted: boolean) => void, details: PermissionRequestDetailsLike) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: RequestingContentsLike | null, permission: string, requestingOrigin: string, details?: PermissionRequestDetailsLike) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

export interface WebContentsLike {
  readonly session: SessionLike;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEventLike) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

export interface HardeningOptions {
  // Origins the page may navigate within: app://outpost, plus the dev server in development.
  readonly allowedOrigins: readonly string[];
  // Permissions granted to our own origin, each only to the views (hash routes) listed: the
  // camera ('media') only while the capture view scans badges. Empty by default.
  readonly allowedPermissions: Readonly<Record<string, readonly string[]>>;
  // Opens a link with the OS; only ever called with a URL that passed isSafeExternalUrl.
  readonly openExternal: (url: string) => Promise<void>;
}

// The hash route of an app URL ("app://outpost/index.html#/capture?x" -> "/capture").
function viewOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? '' : (url.slice(hash + 1).split(/[?#]/)[0] ?? '');
}

export function hardenWebContents(contents: WebContentsLike, options: HardeningOptions): void {
  const isOwnOrigin = (url: string | undefined): boolean => {
    const origin = url === undefined ? null : urlOrigin(url);
    return origin !== null && options.allowedOrigins.includes(origin);
  };

  const denyForeignNavigation = (event: NavigationEventLike): void => {
    if (!isOwnOrigin(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeignNavigation);
  contents.on('will-redirect', denyForeignNavigation);

  // <webview> is off in webPreferences; refusing the attach as well costs nothing.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });

  // No new Electron windows ever; a safe link goes to the user's browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void options.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });

  // The page's current URL wins over the one the request names: a request made on the capture
  // view and answered after the user moved on is refused.
  const isGranted = (permission: string, requesting: RequestingContentsLike | null, requestingUrl: string | undefined): boolean => {
    const views = Object.hasOwn(options.allowedPermissions, permission) ? options.allowedPermissions[permission] : undefined;
    const url = requesting?.getURL() ?? requestingUrl;
    return views !== undefined && isOwnOrigin(url) && isOwnOrigin(requestingUrl) && views.includes(viewOf(url as string));
  };
  contents.session.setPermissionRequestHandler((requesting, permission, callback, details) => {
    callback(isGranted(permission, requesting, details.requestingUrl));
  });
  contents.session.setPermissionCheckHandler((requesting, permission, requestingOrigin, details) => isGranted(permission, requesting, details?.requestingUrl ?? requestingOrigin));
  // WebUSB, WebHID and Web Serial: a CRM has no business with devices.
  contents.session.setDevicePermissionHandler(() => false);
}
