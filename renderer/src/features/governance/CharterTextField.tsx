import { Textarea, type TextareaProps } from '@mantine/core';

/** A charter paragraph: grows with its text, with guidance under the label. */
export function CharterTextField(props: TextareaProps & { 'data-testid'?: string }) {
  return <Textarea autosize minRows={2} maxRows={14} {...props} />;
}
