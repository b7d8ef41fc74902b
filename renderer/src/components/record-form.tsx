import { Modal, type ModalProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import type { ApiCallError } from '../api/client.ts';

/** Server field errors of an update arrive as "fields.title"; the form knows them as "title". */
export function formErrors(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, message]) => [key.replace(/^fields\./, ''), message]),
  );
}

/**
 * What a record form does after Save: on success a short confirmation, then `done`; on refusal
 * each message next to its field, or, when the refusal names no field, a notification saying why.
 */
export function saveHandlers<T>(
  form: { setErrors: (errors: Record<string, string>) => void },
  saved: (record: T) => string,
  done: (record: T) => void,
) {
  return {
    onSuccess: (record: T) => {
      notifications.show({ color: 'green', message: saved(record) });
      done(record);
    },
    onError: (error: ApiCallError) => {
      form.setErrors(formErrors(error.fields));
      if (Object.keys(error.fields).length === 0) {
        notifications.show({ color: 'red', title: 'Not saved', message: error.message });
      }
    },
  };
}

/** A modal whose form is mounted only while it is open, so each opening starts afresh. */
export function RecordModal({
  opened,
  onClose,
  title,
  size = 'lg',
  children,
}: Pick<ModalProps, 'opened' | 'onClose' | 'title' | 'size'> & { children: ReactNode }) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      {opened && children}
    </Modal>
  );
}
