import { Anchor, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from './PageHeader';

export type DetailPageProps = {
  record: unknown;
  backTo: string;
  backLabel: string;
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
};

// `record` is undefined while loading and null when there is no such record.
export function DetailPage({ record, backTo, backLabel, title, subtitle, actions, children }: DetailPageProps) {
  const back = (
    <Anchor component={Link} to={backTo} size="sm">
      ← {backLabel}
    </Anchor>
  );
  if (record === undefined) return <Loader aria-label="Loading" />;
  if (record === null) {
    return (
      <Stack>
        {back}
        <Text>This record does not exist or was purged.</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {back}
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      {children}
    </Stack>
  );
}
