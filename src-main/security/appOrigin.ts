// The renderer's own origin. One place, so the protocol, the navigation guard and the IPC
// sender check can never disagree about what "our app" means. Never change it: IndexedDB is
// keyed by origin, so a new origin would open an empty database.
export const appScheme = 'app';
export const appHost = 'outpost';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;
