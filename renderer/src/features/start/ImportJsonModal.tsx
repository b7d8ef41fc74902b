import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Modal,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconFileImport, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiCallError, shell } from '../../api/client.ts';
import { FileBrowser } from '../../components/FileBrowser.tsx';
import { useWorkbookActions } from '../shell/use-workbook.ts';
import { joinPath, withExtension } from './path-utils.ts';

/** A JSON export becomes a NEW workbook file; nothing existing is ever overwritten. */
export function ImportJsonModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const actions = useWorkbookActions();
  const [source, setSource] = useState<{ name: string; text: string } | null>(null);
  const [folder, setFolder] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<{ message: string; details: [string, string][] } | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (file: File | null) => {
    setError(null);
    if (!file) return;
    setSource({ name: file.name, text: await file.text() });
    if (!name) setName(file.name.replace(/\.json$/i, '.pwb'));
  };

  const importNow = async (to: string) => {
    if (!source) return setError({ message: 'Choose the JSON export to import.', details: [] });
    setBusy(true);
    setError(null);
    try {
      await actions.importJson(source.text, to);
      setSource(null);
      setName('');
      onClose();
    } catch (e) {
      if (!(e instanceof ApiCallError)) throw e;
      setError({ message: e.message, details: Object.entries(e.fields).slice(0, 8) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Import a workbook from JSON" size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          The export is checked in full first; only a valid file is written, into a new workbook.
        </Text>
        <Group>
          <FileButton onChange={(f) => void read(f)} accept="application/json,.json">
            {(props) => (
              <Button
                {...props}
                variant="light"
                leftSection={<IconFileImport size={16} />}
                data-testid="import-json-choose"
              >
                Choose JSON export…
              </Button>
            )}
          </FileButton>
          <Text size="sm">{source ? source.name : 'No file chosen'}</Text>
        </Group>
        {shell ? (
          <Button
            variant="default"
            leftSection={<IconFolderOpen size={16} />}
            disabled={!source}
            loading={busy}
            onClick={async () => {
              const picked = await shell?.pickSavePath(name || 'imported.pwb', 'workbook');
              if (picked) await importNow(picked);
            }}
          >
            Choose where to create the workbook…
          </Button>
        ) : (
          <>
            <TextInput
              label="New workbook file"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              placeholder="imported.pwb"
            />
            <FileBrowser onDirChange={setFolder} />
          </>
        )}
        {error && (
          <Alert color="red" title="Not imported" data-testid="import-json-error">
            <Text size="sm">{error.message}</Text>
            {error.details.length > 1 && (
              <List size="xs" mt="xs">
                {error.details.map(([path, message]) => (
                  <List.Item key={path}>
                    <code>{path}</code>: {message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          {!shell && (
            <Button
              loading={busy}
              disabled={!source || !name.trim()}
              onClick={() => void importNow(joinPath(folder, withExtension(name, '.pwb')))}
              data-testid="import-json-submit"
            >
              Import
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
