import {
  IconBolt,
  IconBriefcase,
  IconCalendarEvent,
  IconChecklist,
  IconGitMerge,
  IconLifebuoy,
  IconMail,
  IconNote,
  IconPhone,
  IconShoppingCart,
  type Icon,
} from '@tabler/icons-react';
import type { TimelineEntryKind } from './timelineEntry';

// How each kind of entry is marked, so a logged call or a merge stands out from notes and events.
export const timelineKindStyle: Record<TimelineEntryKind, { icon: Icon; color: string }> = {
  event: { icon: IconBolt, color: 'gray' },
  'product-event': { icon: IconShoppingCart, color: 'grape' },
  note: { icon: IconNote, color: 'yellow' },
  call: { icon: IconPhone, color: 'green' },
  email: { icon: IconMail, color: 'blue' },
  meeting: { icon: IconCalendarEvent, color: 'violet' },
  merge: { icon: IconGitMerge, color: 'orange' },
  task: { icon: IconChecklist, color: 'teal' },
  deal: { icon: IconBriefcase, color: 'indigo' },
  ticket: { icon: IconLifebuoy, color: 'red' },
};
