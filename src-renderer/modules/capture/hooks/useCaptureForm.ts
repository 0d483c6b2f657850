import { useForm, type UseFormReturnType } from '@mantine/form';
import { useDebouncedCallback } from '@mantine/hooks';
import type { CapturedFields } from '@shared/capture/capturedFields';
import type { CaptureEvent } from '@shared/capture/captureEvent';
import { contactDisplayName } from '@shared/domain/contact';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { RecordValidationError } from '../../../db/errors';
import type { StoredRecord } from '../../../db/rowTypes';
import type { FormAttribute } from '../../contacts/utils/contactFormValues';
import { showFormError } from '../../feedback/utils/showFormError';
import { clearCaptureDraft, readCaptureDraft, writeCaptureDraft } from '../utils/captureDraft';
import { emptyCaptureValues, fillCaptured, isBlankCapture, type CaptureFormValues } from '../utils/captureFormValues';
import { captureValuesOf } from '../utils/captureValuesOf';
import { saveCapture } from '../utils/saveCapture';
import { updateFromCapture } from '../utils/updateFromCapture';

type Contact = StoredRecord<'contacts'>;
export type CaptureEditing = { contact: Contact; initial: CaptureFormValues };

export type CaptureFormState = {
  form: UseFormReturnType<CaptureFormValues>;
  editing: CaptureEditing | null;
  // What the last action did, read out by a live region.
  status: string;
  saving: boolean;
  firstFieldRef: React.RefObject<HTMLInputElement | null>;
  // Each resolves true once the contact is committed and the form is ready for the next.
  save: () => Promise<boolean>;
  updateExisting: (contact: Contact) => Promise<boolean>;
  reopen: (contact: Contact) => Promise<void>;
  cancelEdit: () => void;
  // Fills empty fields from a scan, a paste or a card and says what happened.
  fill: (found: CapturedFields, message: string) => void;
};

const draftDelayMs = 300;

// The capture form: a draft kept as you type, save-and-next, reopening a recent capture, and
// filling from a scan or a paste. The form clears only after the capture has been committed.
export function useCaptureForm(event: CaptureEvent | null, attributes: FormAttribute[]): CaptureFormState {
  const { db, mutations } = useDatabase();
  const [editing, setEditingState] = useState<CaptureEditing | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const firstFieldRef = useRef<HTMLInputElement | null>(null);
  // Read by the draft writer, which runs outside React's render.
  const editingRef = useRef<CaptureEditing | null>(null);
  const setEditing = (next: CaptureEditing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const pendingDraft = useRef<CaptureFormValues | null>(null);
  // Fixing a saved capture is not a draft: the contact is stored already. Reads refs only, so
  // one function serves every render.
  const keepDraft = useCallback(() => {
    const values = pendingDraft.current;
    pendingDraft.current = null;
    if (!values || editingRef.current) return;
    if (isBlankCapture(values)) clearCaptureDraft();
    else writeCaptureDraft({ values });
  }, []);
  const keepDraftSoon = useDebouncedCallback(keepDraft, draftDelayMs);
  const form = useForm<CaptureFormValues>({
    initialValues: (() => {
      const draft = readCaptureDraft();
      const empty = emptyCaptureValues(attributes);
      return draft ? { ...empty, ...draft.values, custom: { ...empty.custom, ...draft.values.custom } } : empty;
    })(),
    onValuesChange: (values) => {
      pendingDraft.current = values;
      keepDraftSoon();
    },
  });
  useEffect(() => {
    // A reload or a closed window does not wait for the debounce, nor does leaving the view.
    window.addEventListener('pagehide', keepDraft);
    return () => {
      window.removeEventListener('pagehide', keepDraft);
      keepDraft();
    };
  }, [keepDraft]);

  const startNext = (message: string) => {
    keepDraftSoon.cancel();
    clearCaptureDraft();
    const empty = emptyCaptureValues(attributes);
    form.setValues(empty);
    form.resetDirty(empty);
    form.clearErrors();
    setEditing(null);
    setStatus(message);
    firstFieldRef.current?.focus();
  };

  const run = async (work: () => Promise<string>): Promise<boolean> => {
    if (saving) return false;
    setSaving(true);
    try {
      startNext(await work());
      return true;
    } catch (error) {
      showFormError(error, form.setErrors);
      if (error instanceof RecordValidationError) setStatus(`Not saved: ${error.issues.map((issue) => issue.message).join('; ')}`);
      return false;
    } finally {
      setSaving(false);
    }
  };

  return {
    form,
    editing,
    status,
    saving,
    firstFieldRef,
    save: () =>
      run(async () => {
        const contact = await saveCapture(db, mutations, { values: form.getValues(), attributes, event, editing });
        return `${editing ? 'Fixed' : 'Saved'} ${contactDisplayName(contact)}`;
      }),
    updateExisting: (existing) =>
      run(async () => {
        const { contact, kept } = await updateFromCapture(db, mutations, existing, form.getValues(), attributes, event);
        const name = contactDisplayName(contact);
        return kept.length > 0 ? `Updated ${name}; kept their ${kept.join(', ')} (different from what you typed)` : `Updated ${name}`;
      }),
    reopen: async (contact) => {
      if (!editingRef.current && !isBlankCapture(form.getValues())) {
        setStatus('Save or clear the contact being typed before fixing an earlier one');
        return;
      }
      keepDraftSoon.cancel();
      const initial = await captureValuesOf(db, contact, attributes);
      form.setValues(initial);
      form.resetDirty(initial);
      form.clearErrors();
      setEditing({ contact, initial });
      setStatus(`Fixing ${contactDisplayName(contact)}`);
      firstFieldRef.current?.focus();
    },
    cancelEdit: () => startNext(''),
    fill: (found, message) => {
      form.setValues(fillCaptured(form.getValues(), found));
      setStatus(message);
      firstFieldRef.current?.focus();
    },
  };
}
