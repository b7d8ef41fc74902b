import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { z } from '../../../../shared/contract/zod.ts';
import { currencyCode } from '../../../../shared/contract/index.ts';
import { ApiCallError, shell } from '../../api/client.ts';
import { FileBrowser } from '../../components/FileBrowser.tsx';
import { useWorkbookActions } from '../shell/use-workbook.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { currencyOptions } from './currencies.ts';
import { joinPath, suggestFileName, withExtension } from './path-utils.ts';
import { FirstProgramOption, useAfterCreate } from '../first-program/FirstProgramOption.tsx';

const formSchema = z.object({
  orgName: z.string().trim().min(1, 'Your organisation is required').max(200),
  clientName: z.string().trim().min(1, 'Client is required').max(200),
  currency: currencyCode,
  fileName: z
    .string()
    .trim()
    .refine((n) => !/[\\/]/.test(n), 'A file name cannot contain slashes'),
  folder: z.string().trim().min(1, 'Choose a folder'),
});
type FormValues = z.input<typeof formSchema>;

export function NewWorkbookModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const actions = useWorkbookActions();
  const [busy, setBusy] = useState(false);
  const afterCreate = useAfterCreate();
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: { orgName: '', clientName: '', currency: 'EUR', fileName: '', folder: '' },
    validate: zodValidate(formSchema),
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    try {
      const name = values.fileName.trim() || suggestFileName(values.clientName);
      const path = joinPath(values.folder, withExtension(name, '.pwb'));
      await actions.create({
        path,
        orgName: values.orgName,
        clientName: values.clientName,
        currency: values.currency,
      });
      form.reset();
      onClose();
      afterCreate();
    } catch (error) {
      if (error instanceof ApiCallError) {
        form.setErrors({
          ...error.fields,
          ...(error.fields.path ? { fileName: error.fields.path } : {}),
          ...(Object.keys(error.fields).length === 0 ? { fileName: error.message } : {}),
        });
      } else throw error;
    } finally {
      setBusy(false);
    }
  });

  const chooseDesktopLocation = async () => {
    const picked = await shell?.pickSavePath(
      form.values.fileName || suggestFileName(form.values.clientName),
      'workbook',
    );
    if (!picked) return;
    const cut = Math.max(picked.lastIndexOf('/'), picked.lastIndexOf('\\'));
    form.setFieldValue('folder', picked.slice(0, cut));
    form.setFieldValue('fileName', picked.slice(cut + 1));
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New workbook" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            One workbook holds one client engagement: its partners, governance, plans and figures,
            in a single file you own.
          </Text>
          <SimpleGrid cols={2}>
            <TextInput
              label="Your organisation"
              required
              data-autofocus
              {...form.getInputProps('orgName')}
            />
            <TextInput label="Client" required {...form.getInputProps('clientName')} />
          </SimpleGrid>
          <Select
            label="Currency"
            description="Money in this workbook is kept in this currency."
            data={currencyOptions}
            searchable
            allowDeselect={false}
            {...form.getInputProps('currency')}
          />
          <TextInput
            label="File name"
            placeholder={suggestFileName(form.values.clientName)}
            description="Leave empty to name the file after the client."
            {...form.getInputProps('fileName')}
          />
          {shell ? (
            <Group align="end">
              <TextInput flex={1} label="Folder" readOnly {...form.getInputProps('folder')} />
              <Button
                variant="default"
                leftSection={<IconFolderOpen size={16} />}
                onClick={chooseDesktopLocation}
              >
                Choose…
              </Button>
            </Group>
          ) : (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Folder
              </Text>
              <FileBrowser onDirChange={(dir) => form.setFieldValue('folder', dir)} />
              {form.errors.folder && (
                <Text size="xs" c="red">
                  {form.errors.folder}
                </Text>
              )}
            </Stack>
          )}
          <FirstProgramOption />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Create workbook
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
