import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiCallError, shell } from '../../api/client.ts';
import { FileBrowser } from '../../components/FileBrowser.tsx';
import { useWorkbookActions } from '../shell/use-workbook.ts';
import { joinPath, withExtension } from './path-utils.ts';

/** Save As writes a complete copy through SQLite's backup API, then continues in the copy. */
export function SaveAsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const actions = useWorkbookActions();
  const [folder, setFolder] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (path: string) => {
    setBusy(true);
    setError(null);
    try {
      await actions.saveAs(path);
      notifications.show({
        color: 'green',
        title: 'Saved a copy',
        message: `Now working in ${path}`,
      });
      setName('');
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError) setError(e.message);
      else throw e;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Save a copy as…" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return setError('Name the new file.');
          void save(joinPath(folder, withExtension(name, '.pwb')));
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            A complete, consistent copy of this workbook is written; you continue working in the
            copy.
          </Text>
          {shell ? (
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={16} />}
              onClick={async () => {
                const picked = await shell?.pickSavePath('copy.pwb', 'workbook');
                if (picked) await save(picked);
              }}
            >
              Choose where to save…
            </Button>
          ) : (
            <>
              <TextInput
                label="New file name"
                placeholder="contoso-copy.pwb"
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                data-autofocus
              />
              <FileBrowser onDirChange={setFolder} />
            </>
          )}
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            {!shell && (
              <Button type="submit" loading={busy}>
                Save copy
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
