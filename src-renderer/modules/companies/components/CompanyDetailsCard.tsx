import { Text } from '@mantine/core';
import type { StoredRecord } from '../../../db/rowTypes';
import { FieldList } from '../../../ui/FieldList';
import { SectionCard } from '../../../ui/SectionCard';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';
import { formatCustomValue } from '../../contacts/components/form/formatContactField';
import { useOwnerNames } from '../hooks/useOwnerNames';

export type CompanyDetailsCardProps = { company: StoredRecord<'companies'> };

export function CompanyDetailsCard({ company }: CompanyDetailsCardProps) {
  const attributes = useAttributeDefinitions('company') ?? [];
  const owners = useOwnerNames();
  return (
    <SectionCard title="Details">
      <FieldList
        fields={[
          { label: 'Domain', value: company.domain },
          { label: 'Industry', value: company.industry },
          { label: 'Size', value: company.size?.toLocaleString() },
          { label: 'City', value: company.city },
          { label: 'Country', value: company.country },
          { label: 'Owner', value: company.ownerId ? owners.get(company.ownerId) : '' },
          ...attributes.map((attribute) => ({ label: attribute.label, value: formatCustomValue(attribute, company.custom[attribute.key]) })),
          { label: 'Created', value: formatDateTime(company.createdAt) },
          { label: 'Updated', value: formatDateTime(company.updatedAt) },
        ]}
      />
      {company.about && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {company.about}
        </Text>
      )}
    </SectionCard>
  );
}
