import { Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useIncomingEditGuard } from '../../../sync/hooks/useIncomingEditGuard';
import { ContactFieldInput } from './ContactFieldInput';
import type { ContactFormField } from './contactFormFields';
import classes from './InlineEditField.module.css';
import type { OwnerOption } from './useOwnerOptions';

export type InlineEditFieldProps = {
  field: ContactFormField;
  owners: OwnerOption[];
  // The value as shown; '' when empty.
  display: string;
  // The control's value when editing starts.
  initialValue: unknown;
  // Saves; resolves to the message to show beside the control, or null once saved.
  onSave: (value: unknown) => Promise<string | null>;
  readOnly?: boolean;
};

// Picking an option or flipping a switch is the whole edit, so it saves at once.
const savesOnChange = (field: ContactFormField) =>
  'attribute' in field ? field.attribute.type === 'choice' || field.attribute.type === 'boolean' : ['status', 'owner', 'country'].includes(field.control);

// A label and value; the value is a button that turns into the control. Enter or leaving the
// control saves, Escape cancels, and a refused value stays in the control beside its message.
export function InlineEditField({ field, owners, display, initialValue, onSave, readOnly }: InlineEditFieldProps) {
  const { label } = field;
  const saveOnChange = savesOnChange(field);
  // In the about text Enter starts a new line; Ctrl/Cmd+Enter saves.
  const multiline = 'control' in field && field.control === 'longText';
  const valueId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<unknown>(initialValue);
  const [error, setError] = useState<string | null>(null);
  // Refs, not state: a blur can follow Enter or Escape before React re-renders.
  const active = useRef(false);
  const saving = useRef(false);
  const refocus = useRef(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Sync may change the value meanwhile: the draft stays, and an untouched one is not written.
  const guard = useIncomingEditGuard(label, initialValue);

  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    buttonRef.current?.focus();
  }, [editing]);

  const start = () => {
    active.current = true;
    guard.begin();
    setDraft(initialValue);
    setError(null);
    setEditing(true);
  };
  const finish = (returnFocus: boolean) => {
    active.current = false;
    refocus.current = returnFocus;
    setEditing(false);
  };
  const save = async (value: unknown, returnFocus: boolean) => {
    if (!active.current || saving.current) return;
    if (guard.isUnchanged(value)) {
      finish(returnFocus);
      return;
    }
    saving.current = true;
    guard.saving(value);
    try {
      const message = await onSave(value);
      if (message) {
        guard.failed();
        setError(message);
      } else finish(returnFocus);
    } finally {
      saving.current = false;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // An open dropdown handles its own Enter (picking) and Escape (closing) first.
    const dropdownOpen = event.target instanceof HTMLElement && event.target.dataset.mantineStopPropagation !== undefined;
    if (event.key === 'Escape' && !dropdownOpen) {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Enter' && !event.defaultPrevented && !dropdownOpen && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save(draft, true);
    }
  };
  const change = (value: unknown) => {
    setDraft(value);
    setError(null);
    if (saveOnChange) void save(value, true);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void save(draft, false);
  };

  const shown = display || (
    <>
      <span aria-hidden>—</span>
      <VisuallyHidden>empty</VisuallyHidden>
    </>
  );
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        {readOnly ? (
          shown
        ) : editing ? (
          <div onKeyDown={onKeyDown} onBlur={onBlur}>
            <ContactFieldInput field={field} owners={owners} inputProps={{ value: draft, error, onChange: change }} hideLabel autoFocus />
          </div>
        ) : (
          <UnstyledButton ref={buttonRef} className={classes.value} aria-label={`Edit ${label}`} aria-describedby={valueId} onClick={start}>
            <span id={valueId}>{shown}</span>
            <IconPencil size={14} className={classes.icon} aria-hidden />
          </UnstyledButton>
        )}
      </Text>
    </div>
  );
}
