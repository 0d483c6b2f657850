import type { StoredRecord } from '../../../db/rowTypes';
import type { TimelineEntry } from './timelineEntry';

export type StageNames = ReadonlyMap<string, string>;

// What happened to a deal after it was opened: each stage it entered (from its stageHistory)
// and when it was won or lost. On the deal's own timeline the stage it started in is listed too;
// elsewhere (a contact's, a company's) the deal's own entry marks its start, and each line
// names the deal and links to it.
export function dealMilestoneEntries(deal: StoredRecord<'deals'>, stageNames: StageNames, onDealPage: boolean): TimelineEntry[] {
  const entry = (key: string, time: string, own: string, related: string, body = ''): TimelineEntry => ({
    key,
    kind: 'deal',
    time,
    title: onDealPage ? own : `${deal.title} ${related}`,
    body,
    details: [],
    ...(onDealPage ? {} : { to: `/deals/${deal.id}` }),
  });
  const moves = deal.stageHistory.flatMap(({ stageId, at }, index) => {
    if (index === 0 && !onDealPage) return [];
    const stage = stageNames.get(stageId) ?? 'a removed stage';
    return [entry(`stages:${deal.id}:${index}`, at, `Entered ${stage}`, `entered ${stage}`)];
  });
  const won = deal.wonAt ? [entry(`won:${deal.id}`, deal.wonAt, 'Won', 'won')] : [];
  const lost = deal.lostAt ? [entry(`lost:${deal.id}`, deal.lostAt, 'Lost', 'lost', deal.lostReason)] : [];
  return [...moves, ...won, ...lost];
}
