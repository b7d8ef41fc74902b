import {
  ActionIcon,
  Alert,
  Group,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowUp, IconFileSpreadsheet, IconFolder, IconHome } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useApiQuery } from '../api/hooks.ts';

interface FileBrowserProps {
  /** Called when a workbook file is clicked (single) or activated (double click / Enter). */
  onPick?: (path: string, activate: boolean) => void;
  /** Called whenever the folder shown changes. */
  onDirChange?: (dir: string) => void;
  extensions?: string[];
}

const formatSize = (bytes: number | null) =>
  bytes === null
    ? ''
    : bytes > 1_048_576
      ? `${(bytes / 1_048_576).toFixed(1)} MB`
      : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The browser host's file picker: the server lists one folder at a time. */
export function FileBrowser({ onPick, onDirChange, extensions = ['.pwb'] }: FileBrowserProps) {
  const [dir, setDir] = useState<string | undefined>(undefined);
  const [typed, setTyped] = useState<string | null>(null);
  const listing = useApiQuery('files.list', { dir, extensions }, { staleTime: 0 });
  const shownDir = listing.data?.dir;

  // Parents pass inline callbacks; only a change of folder should notify them.
  const onDirChangeRef = useRef(onDirChange);
  useEffect(() => {
    onDirChangeRef.current = onDirChange;
  });
  useEffect(() => {
    if (shownDir) onDirChangeRef.current?.(shownDir);
  }, [shownDir]);

  const go = (next: string | undefined) => {
    setDir(next);
    setTyped(null);
    // Tell the parent at once: a click on "Create" must not race the folder listing.
    if (next) onDirChangeRef.current?.(next);
  };

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap">
        <Tooltip label="Home folder">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Home folder"
            onClick={() => go(undefined)}
          >
            <IconHome size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Up one folder">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Up one folder"
            disabled={!listing.data?.parent}
            onClick={() => go(listing.data?.parent ?? undefined)}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
        </Tooltip>
        <TextInput
          flex={1}
          aria-label="Folder"
          value={typed ?? shownDir ?? ''}
          onChange={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && typed) {
              e.preventDefault();
              go(typed);
            }
          }}
        />
      </Group>
      <Paper withBorder>
        <ScrollArea h={240} type="auto">
          {listing.isPending && (
            <Group justify="center" p="lg">
              <Loader size="sm" />
            </Group>
          )}
          {listing.isError && (
            <Alert color="red" m="xs">
              {listing.error.message}
            </Alert>
          )}
          {listing.data && listing.data.entries.length === 0 && (
            <Text c="dimmed" size="sm" p="md" ta="center">
              No folders or workbook files here.
            </Text>
          )}
          {listing.data?.entries.map((entry) => (
            <UnstyledButton
              key={entry.path}
              w="100%"
              px="sm"
              py={6}
              data-testid={`file-entry-${entry.name}`}
              onClick={() => (entry.kind === 'dir' ? go(entry.path) : onPick?.(entry.path, false))}
              onDoubleClick={() => entry.kind === 'file' && onPick?.(entry.path, true)}
              style={{ display: 'block' }}
            >
              <Group gap="sm" wrap="nowrap">
                {entry.kind === 'dir' ? (
                  <IconFolder size={18} color="var(--mantine-color-yellow-6)" />
                ) : (
                  <IconFileSpreadsheet size={18} color="var(--mantine-color-brand-6)" />
                )}
                <Text size="sm" flex={1} truncate>
                  {entry.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatSize(entry.sizeBytes)}
                </Text>
              </Group>
            </UnstyledButton>
          ))}
        </ScrollArea>
      </Paper>
    </Stack>
  );
}
