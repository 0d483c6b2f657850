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

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionRequestDetailsLike) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void;
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
  // Permissions granted to our own origin (e.g. 'media' for badge scanning); empty by default.
  readonly allowedPermissions: readonly string[];
  // Opens a link with the OS; only ever called with a URL that passed isSafeExternalUrl.
  readonly openExternal: (url: string) => Promise<void>;
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

  const isGranted = (permission: string, requestingUrl: string | undefined): boolean =>
    options.allowedPermissions.includes(permission) && isOwnOrigin(requestingUrl);
  contents.session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isGranted(permission, details.requestingUrl));
  });
  contents.session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isGranted(permission, requestingOrigin));
  // WebUSB, WebHID and Web Serial: a CRM has no business with devices.
  contents.session.setDevicePermissionHandler(() => false);
}
