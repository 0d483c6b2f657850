import { Alert, Button, Checkbox, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import type { FormAttribute } from '../../contacts/utils/contactFormValues';
import { CustomAttributeInput } from '../../contacts/components/form/CustomAttributeInput';
import type { CaptureFormState } from '../hooks/useCaptureForm';
import { consentAttribute, interestAttribute } from '../utils/captureAttributes';
import { saveShortcut } from '../utils/captureShortcuts';
import { CaptureCompanyInput } from './CaptureCompanyInput';

export type CaptureFormProps = {
  state: CaptureFormState;
  attributes: FormAttribute[];
  // The duplicate warning, shown between the fields and the save button.
  warning: ReactNode;
  onSave: () => void;
  // Several lines pasted into a one-line field: a signature or card to read into the form.
  onPasteLines: (text: string) => void;
};

const interestChoices = [{ value: '', label: 'Not asked' }, ...interestAttribute.options];

// Enter moves to the next field like Tab (a scanner-fast habit), and saves on the last one;
// Shift+Enter in notes is a new line. A field that used Enter itself (a picked company) keeps it.
function onFieldKeyDown(event: KeyboardEvent<HTMLFormElement>, onSave: () => void): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  // Buttons and links (the duplicate warning's Open) keep Enter for themselves.
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) || (target instanceof HTMLTextAreaElement && event.shiftKey)) return;
  event.preventDefault();
  if (target.dataset.captureLast !== undefined) {
    onSave();
    return;
  }
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>('input:not([type=hidden]):not([disabled]), textarea')].filter((field) => field.tabIndex >= 0 && !(field instanceof HTMLInputElement && field.type === 'radio' && !field.checked));
  fields[fields.indexOf(target) + 1]?.focus();
}

// One large-type form, keyboard first: every field in the order a badge or a person says it.
export function CaptureForm({ state, attributes, warning, onSave, onPasteLines }: CaptureFormProps) {
  const { form, editing, saving, firstFieldRef, cancelEdit } = state;
  const values = form.getValues();
  const consentPath = `custom.${consentAttribute.key}`;
  const interestPath = `custom.${interestAttribute.key}`;
  return (
    <Paper withBorder p="lg" component="section" aria-label="Contact">
      <form
        noValidate
        aria-label={editing ? 'Fix capture' : 'Capture contact'}
        onKeyDown={(event) => onFieldKeyDown(event, onSave)}
        onPaste={(event) => {
          const text = event.clipboardData.getData('text/plain');
          // Notes take several lines as they are; a one-line field would flatten them.
          if (!/\n/.test(text.trim()) || (event.target as HTMLElement).tagName === 'TEXTAREA') return;
          event.preventDefault();
          onPasteLines(text);
        }}
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h3">
              {editing ? 'Fixing an earlier capture' : 'New contact'}
            </Title>
            {editing && (
              <Button variant="default" onClick={cancelEdit}>
                Stop fixing
              </Button>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TextInput label="First name" size="lg" ref={firstFieldRef} autoFocus {...form.getInputProps('firstName')} />
            <TextInput label="Last name" size="lg" {...form.getInputProps('lastName')} />
            <TextInput label="Email" size="lg" type="email" autoComplete="off" {...form.getInputProps('email')} />
            <TextInput label="Phone" size="lg" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
            <CaptureCompanyInput
              value={values.company}
              error={form.errors.company}
              onChange={(name, companyId) => form.setValues({ company: name, companyId })}
            />
            <TextInput label="Job title" size="lg" {...form.getInputProps('jobTitle')} />
            <TextInput label="Website" size="lg" {...form.getInputProps('website')} />
            <Stack gap={4}>
              <Text component="span" size="lg" fw={500} id="capture-interest-label">
                {interestAttribute.label}
              </Text>
              <SegmentedControl
                size="md"
                aria-labelledby="capture-interest-label"
                data={interestChoices}
                value={(values.custom[interestAttribute.key] as string | null) ?? ''}
                onChange={(choice) => form.setFieldValue(interestPath, choice || null)}
              />
            </Stack>
            {attributes.map((attribute) => (
              <CustomAttributeInput key={attribute.key} attribute={attribute} size="lg" inputProps={form.getInputProps(`custom.${attribute.key}`)} />
            ))}
          </SimpleGrid>
          <Checkbox size="md" label={`${consentAttribute.label} (marketing and follow-up)`} {...form.getInputProps(consentPath, { type: 'checkbox' })} />
          <Textarea label="Notes" size="lg" autosize minRows={2} description="Enter saves; Shift+Enter starts a new line" data-capture-last {...form.getInputProps('notes')} />
          {warning}
          {Object.keys(form.errors).length > 0 && (
            <Alert color="red" title="Not saved yet">
              Fix the fields marked in red.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" size="lg" loading={saving} aria-keyshortcuts={saveShortcut.aria}>
              {editing ? 'Save fix' : 'Save and next'} ({saveShortcut.label})
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
