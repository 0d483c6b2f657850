import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SectionCard } from '../../../../ui/SectionCard';
import type { ContactCompany } from '../../hooks/useContactContext';

export type ContactCompaniesCardProps = { companies: ContactCompany[] };

export function ContactCompaniesCard({ companies }: ContactCompaniesCardProps) {
  return (
    <SectionCard title="Companies">
      {companies.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not linked to a company. Companies this person works at will be listed here with their role.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {companies.map((company) => (
            <li key={company.id}>
              <Group gap="xs" wrap="nowrap">
                <Anchor component={Link} to={`/companies/${company.id}`} size="sm" fw={500} truncate="end">
                  {company.name}
                </Anchor>
                {company.primary && (
                  <Badge size="xs" variant="light">
                    primary
                  </Badge>
                )}
              </Group>
              {company.role && (
                <Text size="xs" c="dimmed">
                  {company.role}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
