export type ResponseHeaders = Record<string, string | string[]>;

// Response headers with our policy as the only Content-Security-Policy: a header the server
// sent under any spelling is replaced, since two policies would both apply.
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined, policy: string): ResponseHeaders {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}
