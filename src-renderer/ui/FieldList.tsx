import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type FieldListItem = { label: string; value: ReactNode };
export type FieldListProps = { fields: FieldListItem[] };

// A read-only label/value grid; empty values show a dash so the layout stays stable.
export function FieldList({ fields }: FieldListProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="dl" m={0}>
      {fields.map((field) => (
        <Stack key={field.label} gap={2}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {field.label}
          </Text>
          <Text component="dd" m={0}>
            {field.value === '' || field.value === null || field.value === undefined ? '—' : field.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
