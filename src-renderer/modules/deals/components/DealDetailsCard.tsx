import { Button, Group } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { SectionCard } from '../../../ui/SectionCard';
import { showFormError } from '../../feedback/utils/showFormError';
import { changedDealFields, dealToFormValues } from '../utils/dealFormValues';
import { updateDeal } from '../utils/dealWrites';
import { DealFormFields } from './DealFormFields';

export type DealDetailsCardProps = { deal: StoredRecord<'deals'> };

// The deal's fields, saved together; only the fields the user changed are written.
export function DealDetailsCard({ deal }: DealDetailsCardProps) {
  const { db, mutations } = useDatabase();
  const form = useForm({ initialValues: dealToFormValues(deal) });
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await updateDeal(db, mutations, deal, changedDealFields(values, form.getInitialValues()));
      form.setInitialValues(dealToFormValues(saved));
      form.reset();
      notifications.show({ message: 'Deal saved', autoClose: 2000 });
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });
  return (
    <SectionCard title="Details">
      <form onSubmit={submit} noValidate aria-label="Deal details">
        <DealFormFields form={form} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
            Discard changes
          </Button>
          <Button type="submit" disabled={!form.isDirty()}>
            Save deal
          </Button>
        </Group>
      </form>
    </SectionCard>
  );
}
