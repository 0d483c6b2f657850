import { useMemo } from 'react';
import type { CaptureEvent } from '@shared/capture/captureEvent';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';
import type { FormAttribute } from '../../contacts/utils/contactFormValues';

const none: FormAttribute[] = [];

// The custom attributes the active event asks for, in the order they were chosen.
export function useEventAttributes(event: CaptureEvent | null | undefined): FormAttribute[] {
  const definitions = useAttributeDefinitions('contact');
  return useMemo(() => {
    if (!event || !definitions) return none;
    return event.attributeKeys.flatMap((key) => definitions.filter((definition) => definition.key === key));
  }, [event, definitions]);
}
