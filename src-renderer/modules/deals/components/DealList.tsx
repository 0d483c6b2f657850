import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { dealStatusLabels } from '@shared/domain/deals/dealStatus';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import { VirtualList } from '../../../ui/VirtualList';
import { formatDate } from '../../../ui/utils/formatDate';
import { formatMoney } from '../../../ui/utils/formatMoney';
import { useDealViewStore } from '../states/dealViewStore';
import type { DealNames } from '../utils/dealNames';
import { sortDeals, type DealSortKey } from '../utils/sortDeals';
import classes from './DealList.module.css';

export type DealListProps = { deals: StoredRecord<'deals'>[]; stages: StoredRecord<'stages'>[]; names: DealNames };

const columns: Array<{ key: DealSortKey; label: string }> = [
  { key: 'title', label: 'Deal' },
  { key: 'stage', label: 'Stage' },
  { key: 'value', label: 'Value' },
  { key: 'close', label: 'Expected close' },
  { key: 'owner', label: 'Owner' },
  { key: 'status', label: 'Status' },
];

const statusColors = { open: 'blue', won: 'green', lost: 'red', abandoned: 'gray', archived: 'gray' } as const;

// The board's deals as rows, sorted by any column (a second click reverses it); virtualized.
export function DealList({ deals, stages, names }: DealListProps) {
  const sort = useDealViewStore((state) => state.sort);
  const setSort = useDealViewStore((state) => state.setSort);
  const stageOrder = useMemo(() => new Map(stages.map((stage, index) => [stage.id, index])), [stages]);
  const stageNames = useMemo(() => new Map(stages.map((stage) => [stage.id, stage.name])), [stages]);
  const sorted = useMemo(() => sortDeals(deals, sort, names, stageOrder), [deals, sort, names, stageOrder]);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <div role="group" aria-label="Sort deals" className={classes.row}>
        {columns.map((column) => {
          const active = sort.key === column.key;
          return (
            <div key={column.key}>
              <UnstyledButton
                onClick={() => setSort({ key: column.key, descending: active && !sort.descending })}
                aria-label={`Sort by ${column.label.toLowerCase()}`}
                aria-pressed={active}
                aria-description={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                <Group gap={4} wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {column.label}
                  </Text>
                  {active && (sort.descending ? <IconArrowDown size={14} aria-hidden /> : <IconArrowUp size={14} aria-hidden />)}
                </Group>
              </UnstyledButton>
            </div>
          );
        })}
      </div>
      <VirtualList
        label="Deal rows"
        itemCount={sorted.length}
        itemHeight={44}
        renderItem={(index) => {
          const deal = sorted[index];
          if (!deal) return null;
          return (
            <Link to={`/deals/${deal.id}`} className={classes.row} aria-label={deal.title}>
              <Text size="sm" truncate fw={500}>
                {deal.title}
              </Text>
              <Text size="sm" truncate>
                {stageNames.get(deal.stageId) ?? '—'}
              </Text>
              <Text size="sm">{formatMoney(deal.valueMinor, deal.currency)}</Text>
              <Text size="sm">{formatDate(deal.expectedCloseDate) || '—'}</Text>
              <Text size="sm" truncate>
                {(deal.ownerId && names.owners.get(deal.ownerId)) || '—'}
              </Text>
              <div>
                <Badge variant="light" color={statusColors[deal.status]}>
                  {dealStatusLabels[deal.status]}
                </Badge>
              </div>
            </Link>
          );
        }}
      />
    </div>
  );
}
