import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { RecordValidationError } from '../../../db/errors';
import { showWriteError } from '../../feedback/utils/showWriteError';

export type BlurSaveTextInputProps = { label: string; value: string; onSave: (value: string) => Promise<unknown> };

// A name edited in place, saved when the field is left or Enter is pressed. A new stored value
// (from sync or undo) resets the field, and leaving it unchanged writes nothing.
export function BlurSaveTextInput({ label, value, onSave }: BlurSaveTextInputProps) {
  const [error, setError] = useState<string | undefined>();
  const save = async (draft: string) => {
    if (draft.trim() === value) return setError(undefined);
    try {
      await onSave(draft);
      setError(undefined);
    } catch (failure) {
      if (failure instanceof RecordValidationError) setError(failure.issues[0]?.message);
      else showWriteError(failure);
    }
  };
  return (
    <TextInput
      key={value}
      label={label}
      defaultValue={value}
      error={error}
      onBlur={(event) => void save(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void save(event.currentTarget.value);
      }}
    />
  );
}
