import { Alert, Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiCallError, shell } from '../../api/client.ts';
import { FileBrowser } from '../../components/FileBrowser.tsx';
import { useWorkbookActions } from '../shell/use-workbook.ts';

export function OpenWorkbookModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const actions = useWorkbookActions();
  const [path, setPath] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async (target = path) => {
    if (!target.trim()) {
      setError('Type or choose the path of a workbook file.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await actions.open(target.trim(), readOnly);
      setPath('');
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError) setError(e.message);
      else throw e;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Open workbook" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void open();
        }}
      >
        <Stack>
          <Group align="end" wrap="nowrap">
            <TextInput
              flex={1}
              label="Workbook file"
              placeholder="/home/me/clients/contoso.pwb"
              value={path}
              data-autofocus
              onChange={(e) => setPath(e.currentTarget.value)}
            />
            {shell && (
              <Button
                variant="default"
                leftSection={<IconFolderOpen size={16} />}
                onClick={async () => {
                  const picked = await shell?.pickOpenPath();
                  if (picked) await open(picked);
                }}
              >
                Browse…
              </Button>
            )}
          </Group>
          {!shell && (
            <FileBrowser
              onPick={(picked, activate) => {
                setPath(picked);
                if (activate) void open(picked);
              }}
            />
          )}
          {error && (
            <Alert
              color="red"
              icon={<IconAlertTriangle size={18} />}
              title="This file cannot be opened"
              data-testid="open-error"
            >
              {error}
            </Alert>
          )}
          <Group justify="space-between">
            <Checkbox
              label="Open read-only"
              checked={readOnly}
              onChange={(e) => setReadOnly(e.currentTarget.checked)}
            />
            <Group>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                Open
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
