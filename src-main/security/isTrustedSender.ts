import { urlOrigin } from './urlOrigin';

// The parts of Electron's WebFrameMain the check reads; a fake in tests.
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly routingId: number;
}

export interface TrustedSenderExpectation {
  // app://outpost, plus exactly the dev server origin in development.
  readonly allowedOrigins: readonly string[];
  // The main frame of our one window; null before it exists or after it closed.
  readonly mainFrame: FrameLike | null;
}

// IPC sender check: only the top-level document of our own window, loaded from our origin,
// may call the bridge. Subframes, other windows and navigated-away pages are refused.
export function isTrustedSender(frame: FrameLike | null | undefined, expected: TrustedSenderExpectation): boolean {
  const { mainFrame } = expected;
  if (!frame || !mainFrame || frame.parent !== null) return false;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  const origin = urlOrigin(frame.url);
  return origin !== null && expected.allowedOrigins.includes(origin);
}
