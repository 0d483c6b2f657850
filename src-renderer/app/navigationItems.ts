import {
  IconBuilding,
  IconChartFunnel,
  IconChecklist,
  IconFilter,
  IconId,
  IconLifebuoy,
  IconList,
  IconSettings,
  IconTableImport,
  IconTag,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export type NavigationItem = { path: string; label: string; description: string; icon: Icon };

// The app's sections, in the order of the navigation bar; the command palette offers the same.
export const navigationItems: NavigationItem[] = [
  { path: '/contacts', label: 'Contacts', description: 'People you know and visitors you track', icon: IconUsers },
  { path: '/capture', label: 'Capture', description: 'Trade-show entry: contacts one after another from the keyboard, badge scans', icon: IconId },
  { path: '/companies', label: 'Companies', description: 'Organisations and their employees', icon: IconBuilding },
  { path: '/deals', label: 'Deals', description: 'Sales opportunities in your pipelines', icon: IconChartFunnel },
  { path: '/tasks', label: 'Tasks', description: 'Calls, follow-ups, meetings and to-dos', icon: IconChecklist },
  { path: '/tickets', label: 'Tickets', description: 'Support conversations with contacts', icon: IconLifebuoy },
  { path: '/segments', label: 'Segments', description: 'Live groups defined by conditions', icon: IconFilter },
  { path: '/tags', label: 'Tags', description: 'Labels on contacts and tickets: rename, merge, delete', icon: IconTag },
  { path: '/lists', label: 'Lists', description: 'Contacts grouped by hand', icon: IconList },
  { path: '/import', label: 'Import', description: 'Bring in contacts from CSV and vCard files', icon: IconTableImport },
  { path: '/settings', label: 'Settings', description: 'Your profile, team, appearance and storage', icon: IconSettings },
];
