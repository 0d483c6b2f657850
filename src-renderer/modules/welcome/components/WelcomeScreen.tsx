import { Alert, Button, Center, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDatabase, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { onboardedSettingKey, useOnboardingState } from '../hooks/useOnboardingState';

type DemoProgress = { done: number; total: number; label: string };

export function WelcomeScreen() {
  const { db, mutations } = useDatabase();
  const state = useOnboardingState();
  const navigate = useNavigate();
  const [progress, setProgress] = useState<DemoProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (state === 'done' && !progress) return <Navigate to="/contacts" replace />;

  const finish = async () => {
    await db.settings.put({ key: onboardedSettingKey, value: new Date().toISOString() });
    navigate('/contacts', { replace: true });
  };

  const loadDemo = async () => {
    setError(null);
    setProgress({ done: 0, total: 1, label: 'Preparing' });
    try {
      // Loaded on demand: the generator and faker stay out of the app's start-up bundle.
      const { loadDemoData } = await import('../../demo/utils/loadDemoData');
      await loadDemoData(mutations, { onProgress: setProgress });
      await finish();
    } catch (failure) {
      setProgress(null);
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const percent = progress ? Math.round((progress.done / Math.max(progress.total, 1)) * 100) : 0;

  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack>
          <Title order={1}>Welcome to Outpost</Title>
          <Text>
            Your CRM works on this device first: every contact, deal and ticket is stored here and stays available without a network. When you connect a sync
            server, your changes reach your team.
          </Text>
          {error && (
            <Alert color="red" title="The demo data could not be loaded">
              {error}
            </Alert>
          )}
          {progress ? (
            <Stack gap={4}>
              <Text size="sm">
                Loading demo data: {progress.label} ({percent}%)
              </Text>
              <Progress value={percent} aria-label="Demo data loading progress" animated />
            </Stack>
          ) : (
            <Group grow>
              <Button size="md" variant="default" leftSection={<IconDatabase size={18} />} onClick={finish}>
                Start empty
              </Button>
              <Button size="md" leftSection={<IconSparkles size={18} />} onClick={loadDemo}>
                Load demo data
              </Button>
            </Group>
          )}
          <Text size="sm" c="dimmed">
            The demo has about 2,000 contacts with companies, deals, tasks, tickets and events to explore. You can delete it later.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
