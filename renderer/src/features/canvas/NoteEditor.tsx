import { Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { canvasItemFields } from '../../../../shared/contract/index.ts';

interface NoteEditorProps {
  initial?: string;
  placeholder: string;
  label: string;
  /** Adding keeps the editor open for the next note; editing closes it. */
  keepOpen?: boolean;
  onSubmit: (text: string) => void;
  /** keyboard: Enter or Escape, so focus should go back to where it came from. */
  onClose: (how: 'keyboard' | 'blur') => void;
}

const textSchema = canvasItemFields.shape.text;

/** In-place text entry on the canvas: Enter keeps it, Shift+Enter breaks the line, Escape drops it. */
export function NoteEditor({
  initial = '',
  placeholder,
  label,
  keepOpen = false,
  onSubmit,
  onClose,
}: NoteEditorProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const closed = useRef(false);
  const close = (how: 'keyboard' | 'blur') => {
    closed.current = true;
    onClose(how);
  };

  const submit = (onBlur: boolean): void => {
    if (closed.current) return;
    const how = onBlur ? 'blur' : 'keyboard';
    const trimmed = value.trim();
    if (trimmed === initial.trim()) {
      close(how);
      return;
    }
    const parsed = textSchema.safeParse(value);
    if (!parsed.success) {
      if (trimmed === '' && onBlur) {
        close(how);
        return;
      }
      setError(
        trimmed === ''
          ? 'Write something first, or press Escape to leave it'
          : (parsed.error.issues[0]?.message ?? 'Check this text'),
      );
      return;
    }
    onSubmit(parsed.data);
    if (keepOpen && !onBlur) {
      setValue('');
      setError(null);
    } else {
      close(how);
    }
  };

  return (
    <Textarea
      autoFocus
      autosize
      minRows={1}
      maxRows={6}
      size="xs"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      error={error}
      onChange={(e) => {
        setValue(e.currentTarget.value);
        if (error) setError(null);
      }}
      onFocus={(e) => e.currentTarget.select()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
          e.preventDefault();
          submit(false);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          close('keyboard');
        }
      }}
      onBlur={() => submit(true)}
      data-testid="note-editor"
      classNames={{ input: 'vpc-editor-input' }}
    />
  );
}
