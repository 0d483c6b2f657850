import type { DuplicateGroup, DuplicateReason } from '@shared/domain/duplicates/duplicateTypes';

const reasonLabels: Record<Exclude<DuplicateReason, 'name'>, string> = { email: 'Same email', phone: 'Same phone number', externalId: 'Same external id' };

// "Same email", "Similar name at Acme": why the finder thinks these contacts are one person.
export function describeDuplicateReasons(group: DuplicateGroup, companyName: (companyId: string) => string | undefined): string[] {
  return group.reasons.map((reason) => {
    if (reason !== 'name') return reasonLabels[reason];
    const companyId = group.pairs.find((pair) => pair.companyId)?.companyId;
    const company = companyId ? companyName(companyId) : undefined;
    return company ? `Similar name at ${company}` : 'Similar name at the same company';
  });
}
