import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export type SettingsSectionProps = { title: string; description?: string; children: ReactNode };

export function SettingsSection({ title, description, children }: SettingsSectionProps) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
