import type { MatchMode } from '@shared/import/planImportChunk';

// "Create new contacts only (skip rows that match one)", and so for companies and deals.
export function matchModeLabels(plural: string): Record<MatchMode, string> {
  return {
    create: `Create new ${plural} only (skip rows that match one)`,
    upsert: `Create new ${plural} and update matching ones`,
    update: `Update matching ${plural} only (skip the rest)`,
  };
}
