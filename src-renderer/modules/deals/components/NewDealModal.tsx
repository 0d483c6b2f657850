import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showFormError } from '../../feedback/utils/showFormError';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';
import { ContactPicker } from '../../tickets/components/ContactPicker';
import type { ContactOption } from '../../tickets/hooks/useContactOptions';
import { emptyDealFormValues, formValuesToDeal } from '../utils/dealFormValues';
import { createDeal } from '../utils/dealWrites';
import { DealFormFields } from './DealFormFields';

export type NewDealModalProps = { opened: boolean; pipelineId: string; stageId: string; onClose: () => void };

// A new deal lands at the bottom of its stage; the contact picked here is linked to it, and
// the company is taken from that contact when none was chosen.
export function NewDealModal({ opened, pipelineId, stageId, onClose }: NewDealModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New deal" size="lg">
      {opened && <NewDealForm pipelineId={pipelineId} stageId={stageId} onClose={onClose} />}
    </Modal>
  );
}

function NewDealForm({ pipelineId, stageId, onClose }: Omit<NewDealModalProps, 'opened'>) {
  const { db, mutations } = useDatabase();
  const member = useCurrentMember();
  const [contact, setContact] = useState<ContactOption | null>(null);
  const form = useForm({ initialValues: emptyDealFormValues(pipelineId, stageId, member?.id ?? null) });
  const submit = form.onSubmit(async (values) => {
    try {
      const fields = formValuesToDeal(values);
      const deal = await createDeal(db, mutations, { ...fields, companyId: fields.companyId ?? contact?.companyId ?? null }, contact ? [contact.value] : []);
      notifications.show({ message: `Deal ${deal.title} created`, autoClose: 3000 });
      onClose();
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New deal">
      <Stack gap="sm">
        <DealFormFields form={form} />
        <ContactPicker value={contact} onChange={setContact} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">Create deal</Button>
        </Group>
      </Stack>
    </form>
  );
}
