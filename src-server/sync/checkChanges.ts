import { defaultMaxDriftMs, parseHlc } from '@shared/sync/hlc';
import type { FieldChange } from '@shared/sync/recordWrite';

export type ChangeProblem = { error: 'invalid_change' | 'clock_drift'; reason: string };

// PostgreSQL text cannot hold NUL, and a lone surrogate would be stored as U+FFFD, silently
// turning one key into another; values are safe because they are stored as JSON text.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for.
const unstorableText = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// What the zod schema cannot say about a batch: every HLC well-formed and not stamped further
// ahead of the server's clock than a device's clock may drift (it would win every merge for
// as long as it is ahead), and every key storable as it is.
export function findChangeProblem(changes: readonly FieldChange[], now: number): ChangeProblem | null {
  for (const [index, change] of changes.entries()) {
    const hlc = parseHlc(change.hlc);
    if (!hlc) return { error: 'invalid_change', reason: `changes[${index}].hlc is not an HLC timestamp` };
    const driftMs = hlc.millis - now;
    if (driftMs > defaultMaxDriftMs) {
      return {
        error: 'clock_drift',
        reason: `changes[${index}] is stamped ${Math.round(driftMs / 1000)} s ahead of the server's clock; check the device's system time`,
      };
    }
    for (const key of ['table', 'rowId', 'field'] as const) {
      if (unstorableText.test(change[key])) return { error: 'invalid_change', reason: `changes[${index}].${key} contains a NUL or an unpaired surrogate` };
    }
  }
  return null;
}
