import { Group, Skeleton, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './RecordRow.module.css';

export type RecordRowProps = { to?: string; title: string; subtitle?: ReactNode; aside?: ReactNode };

// One row of a record list; with `to`, the whole row is a link to the record.
export function RecordRow({ to, title, subtitle, aside }: RecordRowProps) {
  const content = (
    <Group justify="space-between" wrap="nowrap" gap="md" h="100%">
        <div style={{ minWidth: 0 }}>
          <Text fw={500} truncate>
            {title}
          </Text>
          {subtitle !== undefined && (
            <Text size="sm" c="dimmed" truncate>
              {subtitle}
            </Text>
          )}
        </div>
        {aside !== undefined && (
          <Group gap="xs" wrap="nowrap">
            {aside}
          </Group>
        )}
      </Group>
  );
  if (to === undefined) return <div className={classes.row}>{content}</div>;
  return (
    <UnstyledButton component={Link} to={to} className={classes.row}>
      {content}
    </UnstyledButton>
  );
}

export function RecordRowPlaceholder() {
  return (
    <div className={classes.row} aria-hidden>
      <Skeleton height={12} width="40%" mt={8} />
      <Skeleton height={10} width="25%" mt={8} />
    </div>
  );
}
