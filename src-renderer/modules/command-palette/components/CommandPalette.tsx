import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { IconBuilding, IconChartFunnel, IconMoon, IconPlus, IconSearch, IconUser } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { foldText } from '@shared/text/foldText';
import { navigationItems } from '../../../app/navigationItems';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useTaskFormStore } from '../../tasks/states/taskFormStore';
import { searchPaletteRecords } from '../utils/searchPaletteRecords';

const kindIcons = { contact: IconUser, company: IconBuilding, deal: IconChartFunnel };
const kindGroups = { contact: 'Contacts', company: 'Companies', deal: 'Deals' };
// The results scroll, but their actions are reached with the arrow keys from the search box,
// so the scroll viewport itself takes focus for keyboard scrolling. ActionsList forwards these
// props to its ScrollArea; its type does not list them.
const resultsScrollProps = { viewportProps: { tabIndex: 0, 'aria-label': 'Results' } } as Record<string, unknown>;

// Ctrl/Cmd+K: jump to a view, or to any contact, company or deal by name.
export function CommandPalette() {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const { setColorScheme } = useMantineColorScheme();
  const colorScheme = useComputedColorScheme('light');
  const openNewTask = useTaskFormStore((state) => state.openNew);
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query, 80);
  const records = useLiveQuery(() => searchPaletteRecords(db, debouncedQuery), [db, debouncedQuery]) ?? [];

  const folded = foldText(query.trim());
  const views = navigationItems.filter((item) => !folded || foldText(`${item.label} ${item.description}`).includes(folded));
  const themeAction = !folded || 'switch theme dark light mode'.includes(folded);
  const newTaskAction = !folded || 'new task add create to-do call follow-up meeting email reminder'.includes(folded);
  const nothing = views.length === 0 && records.length === 0 && !themeAction && !newTaskAction;

  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} title="Command palette" styles={{ header: { display: 'none' } }}>
      <Spotlight.Search placeholder="Go to a view, contact, company or deal…" aria-label="Search Outpost" leftSection={<IconSearch size={18} aria-hidden />} />
      <Spotlight.ActionsList {...resultsScrollProps}>
        {views.length > 0 && (
          <Spotlight.ActionsGroup label="Views">
            {views.map((item) => (
              <Spotlight.Action key={item.path} label={item.label} description={item.description} leftSection={<item.icon size={20} aria-hidden />} onClick={() => navigate(item.path)} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {(['contact', 'company', 'deal'] as const).map((kind) => {
          const matches = records.filter((record) => record.kind === kind);
          if (matches.length === 0) return null;
          const KindIcon = kindIcons[kind];
          return (
            <Spotlight.ActionsGroup key={kind} label={kindGroups[kind]}>
              {matches.map((record) => (
                <Spotlight.Action key={record.id} label={record.title} description={record.description} leftSection={<KindIcon size={20} aria-hidden />} onClick={() => navigate(record.path)} />
              ))}
            </Spotlight.ActionsGroup>
          );
        })}
        {(newTaskAction || themeAction) && (
          <Spotlight.ActionsGroup label="Actions">
            {newTaskAction && <Spotlight.Action label="New task" description="Plan a call, follow-up, meeting, email or to-do" leftSection={<IconPlus size={20} aria-hidden />} onClick={() => openNewTask()} />}
            {themeAction && (
              <Spotlight.Action
                label={colorScheme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
                leftSection={<IconMoon size={20} aria-hidden />}
                onClick={() => setColorScheme(colorScheme === 'dark' ? 'light' : 'dark')}
              />
            )}
          </Spotlight.ActionsGroup>
        )}
        {nothing && <Spotlight.Empty>Nothing matches “{query}”.</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
