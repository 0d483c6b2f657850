import { teamEmailDomain } from './catalog';
import { chance, demoId, slug, type DemoContext, type DemoRecord } from './demoContext';

const demoTeamSize = 6;

export function generateTeam(ctx: DemoContext): DemoRecord<'teamMembers'>[] {
  return Array.from({ length: demoTeamSize }, () => {
    const firstName = ctx.faker.person.firstName();
    const lastName = ctx.faker.person.lastName();
    return { id: demoId(ctx), name: `${firstName} ${lastName}`, email: `${slug(firstName, '.')}.${slug(lastName, '.')}@${teamEmailDomain}` };
  });
}

// A random team member's id, or null for the share of records nobody owns.
export function someMemberId(ctx: DemoContext, team: DemoRecord<'teamMembers'>[], probability = 1): string | null {
  return chance(ctx, probability) ? ctx.faker.helpers.arrayElement(team).id : null;
}
