import { Button, Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { sumTotals, summarizeColumn } from '@shared/domain/deals/dealForecast';
import { IconChartFunnel, IconFilterOff, IconPlus, IconSettings } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { formatCount } from '../../../ui/utils/formatCount';
import { useReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { ExportDealsButton } from '../../export/components/ExportDealsButton';
import { usePipelines } from '../../pipelines/hooks/usePipelines';
import { useStages } from '../../pipelines/hooks/useStages';
import { useNow } from '../../tasks/hooks/useNow';
import { useFilteredDeals } from '../hooks/useFilteredDeals';
import { useDealViewStore, type DealLayout } from '../states/dealViewStore';
import { formatTotals } from '../utils/formatTotals';
import { DealBoard } from './DealBoard';
import { DealFilterBar } from './DealFilterBar';
import { DealList } from './DealList';
import { NewDealModal } from './NewDealModal';

const layoutOptions = [
  { value: 'board', label: 'Board' },
  { value: 'list', label: 'List' },
];

// The Deals section: one pipeline's deals as a board by stage or a sortable list, over the same filters.
export function DealsView() {
  const { pipelineId, layout, filter, setPipelineId, setLayout, clearFilter } = useDealViewStore(
    useShallow(({ pipelineId, layout, filter, setPipelineId, setLayout, clearFilter }) => ({ pipelineId, layout, filter, setPipelineId, setLayout, clearFilter })),
  );
  const pipelines = usePipelines();
  const pipeline = pipelines?.find((candidate) => candidate.id === pipelineId) ?? pipelines?.[0];
  const stages = useStages(pipeline?.id ?? null);
  // While the pipelines load, so do their deals: no "No deals yet" before the board.
  const filtered = useFilteredDeals(pipelines ? (pipeline?.id ?? null) : undefined, filter);
  const names = useReferenceNames();
  // Days in stage count whole days; a minute's tick keeps them right without redrawing the cards on every change.
  const now = useNow(60_000);
  const [creating, { open: startCreating, close: stopCreating }] = useDisclosure(false);
  const deals = useMemo(() => filtered?.deals ?? [], [filtered]);
  // The pipeline's figures over the deals shown: total value and the probability-weighted forecast.
  const figures = useMemo(() => {
    const probability = new Map((stages ?? []).map((stage) => [stage.id, stage.probability]));
    const byStage = (stages ?? []).map((stage) => summarizeColumn(deals.filter((deal) => deal.stageId === stage.id), probability.get(stage.id) ?? 0));
    return { total: sumTotals(byStage.map((summary) => summary.total)), weighted: sumTotals(byStage.map((summary) => summary.weighted)) };
  }, [deals, stages]);

  const firstStageId = stages?.[0]?.id;
  const newDeal = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={startCreating} disabled={!firstStageId}>
      New deal
    </Button>
  );

  let body;
  if (pipelines && pipelines.length === 0) {
    body = (
      <EmptyState icon={IconChartFunnel} title="No pipelines yet" action={<Button component={Link} to="/settings" leftSection={<IconSettings size={16} aria-hidden />}>Open Settings</Button>}>
        Deals move through the stages of a pipeline. Add a pipeline and its stages in Settings &gt; Pipelines, then open your first deal here.
      </EmptyState>
    );
  } else if (stages && stages.length === 0) {
    body = (
      <EmptyState icon={IconChartFunnel} title="This pipeline has no stages" action={<Button component={Link} to="/settings">Open Settings</Button>}>
        Give {pipeline?.name} its stages, from first contact to signed, in Settings &gt; Pipelines; the board shows one column per stage.
      </EmptyState>
    );
  } else if (filtered?.total === 0) {
    body = (
      <EmptyState icon={IconChartFunnel} title="No deals yet" action={newDeal}>
        Open a deal for a sales opportunity with New deal; it starts in the first stage and moves across the board as it progresses.
      </EmptyState>
    );
  } else if (filtered && deals.length === 0 && layout === 'list') {
    body = (
      <EmptyState icon={IconFilterOff} title="No deal matches these filters" action={<Button variant="light" onClick={clearFilter}>Clear filters</Button>}>
        Change or clear the filters above to see more deals.
      </EmptyState>
    );
  } else if (stages && filtered) {
    body = layout === 'board' ? <DealBoard deals={deals} stages={stages} names={names} now={now} /> : <DealList deals={deals} stages={stages} names={names} />;
  }

  const subtitle = filtered === undefined ? 'Loading…' : `${formatCount(deals.length, 'deal')} · ${formatTotals(figures.total)} · weighted ${formatTotals(figures.weighted)}`;
  return (
    <Stack gap={0} h="100%">
      <PageHeader
        title="Deals"
        subtitle={subtitle}
        actions={
          <Group gap="sm" wrap="nowrap">
            {pipelines && pipelines.length > 0 && (
              <Select aria-label="Pipeline" data={pipelines.map((candidate) => ({ value: candidate.id, label: candidate.name }))} value={pipeline?.id ?? null} allowDeselect={false} onChange={(id) => id && setPipelineId(id)} w={200} />
            )}
            <SegmentedControl aria-label="Deal layout" data={layoutOptions} value={layout} onChange={(value) => setLayout(value as DealLayout)} />
            {stages && (filtered?.total ?? 0) > 0 && <ExportDealsButton deals={deals} stages={stages} names={names} />}
            {newDeal}
          </Group>
        }
      />
      {(filtered?.total ?? 0) > 0 && <DealFilterBar names={names} />}
      {body}
      {pipeline && firstStageId && <NewDealModal opened={creating} pipelineId={pipeline.id} stageId={firstStageId} onClose={stopCreating} />}
    </Stack>
  );
}
