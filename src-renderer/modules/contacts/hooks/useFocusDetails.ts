import { useCallback, useRef } from 'react';

const focusable = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

// "Edit" on the profile brings the inline-editing details into view and puts the keyboard on
// their first control, or on the section itself when it has none.
export function useFocusDetails() {
  const detailsRef = useRef<HTMLDivElement>(null);
  const focusDetails = useCallback(() => {
    const container = detailsRef.current;
    if (!container) return;
    container.scrollIntoView({ behavior: 'smooth', block: 'start' });
    const target = container.querySelector<HTMLElement>(focusable) ?? container;
    target.focus({ preventScroll: true });
  }, []);
  return { detailsRef, focusDetails };
}
