import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type EmptyStateProps = { icon: Icon; title: string; children: ReactNode; action?: ReactNode };

// Says what will be here and what to do next, instead of showing a blank area.
export function EmptyState({ icon: IconComponent, title, children, action }: EmptyStateProps) {
  return (
    <Stack align="center" justify="center" gap="sm" py={64} px="md" ta="center" maw={520} mx="auto">
      <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
        <IconComponent size={30} />
      </ThemeIcon>
      <Title order={2} size="h3">
        {title}
      </Title>
      <Text c="dimmed">{children}</Text>
      {action}
    </Stack>
  );
}
