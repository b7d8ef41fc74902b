import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiCallError, shell } from '../../api/client.ts';
import { FileBrowser } from '../../components/FileBrowser.tsx';
import { useWorkbookActions } from '../shell/use-workbook.ts';
import { OpenProblem } from './OpenProblem.tsx';
import type { OpenFailure } from './OpenProblemModal.tsx';

export function OpenWorkbookModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const actions = useWorkbookActions();
  const [path, setPath] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  const [error, setError] = useState<OpenFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async (target = path, asReadOnly = readOnly) => {
    if (!target.trim()) {
      setError({
        path: target,
        error: { code: 'invalid_input', message: 'Type or choose the path of a workbook file.' },
      });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await actions.open(target.trim(), asReadOnly);
      setPath('');
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError) setError({ path: target.trim(), error: e });
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
            <OpenProblem
              path={error.path}
              error={error.error}
              onOpenReadOnly={() => void open(error.path, true)}
              onRestored={() => {
                setError(null);
                setPath('');
                onClose();
              }}
            />
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
