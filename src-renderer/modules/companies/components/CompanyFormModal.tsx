import { Loader, Modal } from '@mantine/core';
import type { CompanyFields } from '@shared/domain/company';
import type { RecordInput } from '@shared/domain/recordSchemas';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';
import { CompanyForm } from './CompanyForm';

export type CompanyFormModalProps = {
  opened: boolean;
  title: string;
  company: CompanyFields | null;
  submitLabel: string;
  onSubmit: (input: RecordInput<'companies'>) => Promise<void>;
  onClose: () => void;
};

export function CompanyFormModal({ opened, title, company, submitLabel, onSubmit, onClose }: CompanyFormModalProps) {
  const attributes = useAttributeDefinitions('company');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {attributes ? <CompanyForm company={company} attributes={attributes} submitLabel={submitLabel} onSubmit={onSubmit} onCancel={onClose} /> : <Loader aria-label="Loading fields" />}
    </Modal>
  );
}
