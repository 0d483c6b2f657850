import { AppShell, Burger, Group, Kbd, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { Fragment } from 'react';
import { Navigate, NavLink as RouterNavLink, Outlet } from 'react-router';
import { useAutomaticBackups } from '../../modules/backup/hooks/useAutomaticBackups';
import { useCaptureShortcut } from '../../modules/capture/hooks/useCaptureShortcut';
import { CommandPalette } from '../../modules/command-palette/components/CommandPalette';
import { useDomainAssignment } from '../../modules/companies/hooks/useDomainAssignment';
import { useUndoShortcut } from '../../modules/feedback/hooks/useUndoShortcut';
import { SavedSegmentLinks } from '../../modules/segments/components/SavedSegmentLinks';
import { SyncStatusBar } from '../../modules/sync/components/SyncStatusBar';
import { useBackgroundSync } from '../../modules/sync/hooks/useBackgroundSync';
import { TaskFormHost } from '../../modules/tasks/components/TaskFormHost';
import { useTaskReminders } from '../../modules/tasks/hooks/useTaskReminders';
import { useOnboardingState } from '../../modules/welcome/hooks/useOnboardingState';
import { navigationItems } from '../navigationItems';

const isMac = navigator.platform.toLowerCase().includes('mac');

export function AppLayout() {
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure();
  const onboarding = useOnboardingState();
  useUndoShortcut();
  useBackgroundSync();
  useAutomaticBackups();
  useTaskReminders();
  useDomainAssignment();
  useCaptureShortcut();

  if (onboarding === 'welcome') return <Navigate to="/welcome" replace />;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} footer={{ height: 36 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={navOpen} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text fw={700} size="lg">
              Outpost
            </Text>
          </Group>
          <UnstyledButton onClick={() => spotlight.open()} aria-label="Open command palette" aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}>
            <Group gap="xs" px="sm" py={6} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}>
              <IconSearch size={16} aria-hidden />
              <Text size="sm" c="dimmed">
                Search
              </Text>
              <Kbd size="xs">{isMac ? '⌘' : 'Ctrl'}</Kbd>
              <Kbd size="xs">K</Kbd>
            </Group>
          </UnstyledButton>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {navigationItems.map((item) => (
          <Fragment key={item.path}>
            <NavLink component={RouterNavLink} to={item.path} label={item.label} leftSection={<item.icon size={18} aria-hidden />} onClick={closeNav} />
            {item.path === '/segments' && <SavedSegmentLinks onNavigate={closeNav} />}
          </Fragment>
        ))}
      </AppShell.Navbar>
      <AppShell.Main style={{ display: 'flex', flexDirection: 'column', height: 'calc(100dvh - 56px - 36px)' }}>
        <Outlet />
      </AppShell.Main>
      <AppShell.Footer>
        <SyncStatusBar />
      </AppShell.Footer>
      <CommandPalette />
      <TaskFormHost />
    </AppShell>
  );
}
