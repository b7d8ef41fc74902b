import '@mantine/dates/styles.css';
import { Alert, Button, Center, Group, Kbd, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import type { Activity } from '../../../../shared/contract/index.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState } from '../../components/PageState.tsx';
import { ActivityFieldsForm } from './ActivityFieldsForm.tsx';
import { useActivityEditor } from './editor-store.ts';
import { activityValues, newActivityValues, useActivityForm } from './use-activity-form.ts';
import { useConflicts } from './use-calendar-data.ts';

export interface FieldSuggestions {
  channels: string[];
  audiences: string[];
}

/** The activity editor: one modal for new and existing activities, wherever it is opened from. */
export function ActivityEditor({ suggestions }: { suggestions: FieldSuggestions }) {
  const target = useActivityEditor((s) => s.target);
  const close = useActivityEditor((s) => s.close);
  const editId = target?.mode === 'edit' ? target.id : null;
  const existing = useApiQuery('calendar.get', { id: editId ?? 0 }, { enabled: editId !== null });

  let body = null;
  if (target?.mode === 'new') {
    body = (
      <EditorForm key="new" suggestions={suggestions} onDone={close} defaults={target.defaults} />
    );
  } else if (editId !== null && existing.isPending) {
    body = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  } else if (editId !== null && existing.isError) {
    body = <ErrorState message={existing.error.message} />;
  } else if (existing.data) {
    body = (
      <EditorForm
        key={`${existing.data.id}-${existing.data.updatedAt}`}
        suggestions={suggestions}
        onDone={close}
        activity={existing.data}
      />
    );
  }

  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={target?.mode === 'edit' ? 'Edit activity' : 'Plan a joint activity'}
      size="xl"
      data-testid="activity-editor"
    >
      {body}
    </Modal>
  );
}

function EditorForm({
  activity,
  defaults,
  suggestions,
  onDone,
}: {
  activity?: Activity;
  defaults?: Parameters<typeof newActivityValues>[0];
  suggestions: FieldSuggestions;
  onDone: () => void;
}) {
  const initial = activity ? activityValues(activity) : newActivityValues(defaults);
  const { form, markSplitChosen, splitEvenly } = useActivityForm(initial, Boolean(activity));
  const create = useApiMutation('calendar.create', ['calendar']);
  const update = useApiMutation('calendar.update', ['calendar']);
  const remove = useApiMutation('calendar.delete', ['calendar']);
  const conflicts = useConflicts();
  const own = activity ? (conflicts.byActivity.get(activity.id) ?? []) : [];
  const pending = create.isPending || update.isPending;

  const submit = form.onSubmit((values) => {
    const options = {
      onSuccess: (saved: Activity) => {
        notifications.show({
          color: 'green',
          message: activity ? `${saved.title} saved` : `${saved.title} added to the calendar`,
        });
        onDone();
      },
      onError: (error: { fields: Record<string, string>; message: string }) => {
        const fields = Object.fromEntries(
          Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]),
        );
        form.setErrors(fields);
        if (Object.keys(fields).length === 0)
          notifications.show({ color: 'red', title: 'Not saved', message: error.message });
      },
    };
    if (activity) update.mutate({ id: activity.id, fields: values }, options);
    else create.mutate(values, options);
  });

  const confirmDelete = () => {
    if (!activity) return;
    modals.openConfirmModal({
      title: `Delete “${activity.title}”?`,
      children: (
        <Text size="sm">
          The activity leaves the calendar, its budget split and every export. This cannot be
          undone.
        </Text>
      ),
      labels: { confirm: 'Delete activity', cancel: 'Keep it' },
      confirmProps: { color: 'red', 'data-testid': 'confirm-delete-activity' } as Record<
        string,
        string
      >,
      onConfirm: () =>
        remove.mutate(
          { id: activity.id },
          {
            onSuccess: () => {
              notifications.show({ message: `${activity.title} deleted` });
              onDone();
            },
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not deleted', message: error.message }),
          },
        ),
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
    >
      <Stack gap="md">
        {own.length > 0 && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={own.length === 1 ? 'One conflict' : `${own.length} conflicts`}
            data-testid="editor-conflicts"
          >
            <List size="sm" spacing={4}>
              {own.map((conflict) => (
                <List.Item key={`${conflict.kind}-${conflict.activityIds.join()}`}>
                  {conflict.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <ActivityFieldsForm
          form={form}
          suggestions={suggestions}
          onShareTyped={markSplitChosen}
          onSplitEvenly={splitEvenly}
        />
        <Group justify="space-between">
          {activity ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={confirmDelete}
              data-testid="delete-activity"
            >
              Delete
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> saves
            </Text>
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={pending} data-testid="activity-save">
              {activity ? 'Save changes' : 'Add to calendar'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
