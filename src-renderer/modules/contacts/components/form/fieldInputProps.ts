import type { ReactNode } from 'react';

// What a field control needs: @mantine/form's getInputProps(path) or an inline editor's state.
export type FieldInputProps = {
  value?: unknown;
  onChange: (value: unknown) => void;
  error?: ReactNode;
  onBlur?: () => void;
  onFocus?: () => void;
};

// Inline editors show the label beside the control, so the control is named by aria-label only.
export function labelProps(label: string, hideLabel: boolean | undefined, autoFocus: boolean | undefined) {
  return {
    label: hideLabel ? undefined : label,
    'aria-label': hideLabel ? label : undefined,
    autoFocus,
    // Mantine's Modal focuses the element marked this way when it opens.
    'data-autofocus': autoFocus || undefined,
  };
}

// Hints go under their control, so controls side by side stay aligned.
export const hintBelow: Array<'label' | 'input' | 'description' | 'error'> = ['label', 'input', 'description', 'error'];
