import type { CaptureFormValues } from './captureFormValues';

// A half-typed form is kept in localStorage: it is written synchronously, so even the last
// keystrokes before a reload or a closed window are there (an IndexedDB write might not finish).
const draftKey = 'outpost.capture.draft';

export type CaptureDraft = { values: CaptureFormValues };

export function readCaptureDraft(): CaptureDraft | null {
  try {
    const stored = JSON.parse(localStorage.getItem(draftKey) ?? 'null') as CaptureDraft | null;
    return stored && typeof stored === 'object' && stored.values && typeof stored.values.firstName === 'string' ? stored : null;
  } catch {
    return null;
  }
}

export function writeCaptureDraft(draft: CaptureDraft): void {
  localStorage.setItem(draftKey, JSON.stringify(draft));
}

export function clearCaptureDraft(): void {
  localStorage.removeItem(draftKey);
}
