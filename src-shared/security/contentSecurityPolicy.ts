// One policy for every way the renderer is served: Electron's app:// protocol, `npm run web`
// and the bench build. Mantine injects its CSS variables in <style> tags, hence 'unsafe-inline'
// for styles only; scripts never run inline. connect-src allows http(s) because the sync server
// is one the team runs at an address they type in Settings > Sync.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
