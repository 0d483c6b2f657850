import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export type SectionCardProps = { title: string; description?: string; children: ReactNode };

export function SectionCard({ title, description, children }: SectionCardProps) {
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
