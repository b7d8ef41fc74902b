import {
  ActionIcon,
  Anchor,
  Badge,
  Box,
  Button,
  Center,
  Container,
  Group,
  Kbd,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconFilePlus,
  IconFolderOpen,
  IconHistory,
  IconTopologyStar3,
  IconX,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { ApiCallError } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { modKey } from '../palette/keys.ts';
import { ColorSchemeToggle } from '../shell/ColorSchemeToggle.tsx';
import { useWorkbookActions } from '../shell/use-workbook.ts';
import { useDialogStore } from '../../stores/dialog-store.ts';
import { OpenProblemModal, type OpenFailure } from './OpenProblemModal.tsx';
import { useForgetRecent } from './use-forget-recent.tsx';
import { StartPaths } from '../first-program/StartPaths.tsx';
import { useState } from 'react';

dayjs.extend(relativeTime);

export function StartScreen() {
  const show = useDialogStore((s) => s.show);
  useHotkeys([
    ['mod+N', () => show('newWorkbook')],
    ['mod+O', () => show('openWorkbook')],
  ]);

  return (
    <Box mih="100%" bg="var(--mantine-color-body)" data-testid="start-screen">
      <Group justify="flex-end" p="md">
        <ColorSchemeToggle />
      </Group>
      <Container size={720} pt={40} pb={60}>
        <Stack gap="xl">
          <Group gap="md">
            <ThemeIcon
              size={56}
              radius="md"
              variant="gradient"
              gradient={{ from: 'brand.7', to: 'cyan.6', deg: 135 }}
            >
              <IconTopologyStar3 size={32} />
            </ThemeIcon>
            <div>
              <Title order={1} size="h2">
                Partnership Workbook
              </Title>
              <Text c="dimmed">
                Design, run and govern partnership programs — offline, one file per client.
              </Text>
            </div>
          </Group>

          <Group grow align="stretch">
            <ActionCard
              icon={<IconFilePlus size={22} />}
              title="New workbook"
              text="Start a client engagement or your own first program."
              shortcut={`${modKey} N`}
              onClick={() => show('newWorkbook')}
              testId="start-new"
            />
            <ActionCard
              icon={<IconFolderOpen size={22} />}
              title="Open workbook"
              text="Continue with a .pwb file from this computer."
              shortcut={`${modKey} O`}
              onClick={() => show('openWorkbook')}
              testId="start-open"
            />
          </Group>
          <Group justify="flex-end" mt={-16}>
            <Anchor
              component="button"
              size="sm"
              onClick={() => show('importJson')}
              data-testid="start-import-json"
            >
              Import a workbook from a JSON export…
            </Anchor>
          </Group>

          <StartPaths />

          <RecentWorkbooks />
        </Stack>
      </Container>
    </Box>
  );
}

interface ActionCardProps {
  icon: React.ReactNode;
  title: string;
  text: string;
  shortcut: string;
  onClick: () => void;
  testId: string;
}

function ActionCard({ icon, title, text, shortcut, onClick, testId }: ActionCardProps) {
  return (
    <Paper
      withBorder
      p="lg"
      component="button"
      type="button"
      onClick={onClick}
      data-testid={testId}
      shadow="xs"
      className="pwb-action-card"
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <ThemeIcon variant="light" size="lg">
            {icon}
          </ThemeIcon>
          <Kbd size="xs">{shortcut}</Kbd>
        </Group>
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">
          {text}
        </Text>
      </Stack>
    </Paper>
  );
}

function RecentWorkbooks() {
  const recent = useApiQuery('workbook.recent', {});
  const forget = useForgetRecent();
  const actions = useWorkbookActions();
  const [failure, setFailure] = useState<OpenFailure | null>(null);

  const open = async (path: string, readOnly = false) => {
    setFailure(null);
    try {
      await actions.open(path, readOnly);
    } catch (error) {
      setFailure({
        path,
        error: error instanceof ApiCallError ? error : { code: 'internal', message: String(error) },
      });
    }
  };

  return (
    <Stack gap="xs">
      <OpenProblemModal
        failure={failure}
        onClose={() => setFailure(null)}
        onOpenReadOnly={(path) => void open(path, true)}
      />
      <Group gap="xs">
        <IconHistory size={18} />
        <Text fw={600}>Recent workbooks</Text>
      </Group>
      <Paper withBorder>
        {recent.data?.length === 0 && (
          <Center p="xl">
            <Text c="dimmed" size="sm">
              Workbooks you open or create will be listed here.
            </Text>
          </Center>
        )}
        {recent.data?.map((entry) => (
          <Group
            key={entry.path}
            px="md"
            py="sm"
            wrap="nowrap"
            style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
          >
            <UnstyledButton
              flex={1}
              onClick={() => void open(entry.path)}
              disabled={!entry.exists}
              data-testid="recent-entry"
            >
              <Group gap="xs">
                <Text fw={500}>{entry.title}</Text>
                {!entry.exists && (
                  <Badge color="gray" variant="light" size="sm">
                    missing
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" truncate>
                {entry.path} · opened {dayjs(entry.openedAt).fromNow()}
              </Text>
            </UnstyledButton>
            <Tooltip label="Remove from this list (the file is kept)">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Forget ${entry.title}`}
                onClick={() => forget(entry.path)}
              >
                <IconX size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        {!recent.data && (
          <Button variant="subtle" fullWidth onClick={() => void recent.refetch()}>
            {recent.isError ? 'Could not read the recent list — retry' : 'Loading…'}
          </Button>
        )}
      </Paper>
      <Text size="xs" c="dimmed">
        <Kbd size="xs">{modKey}</Kbd> + <Kbd size="xs">N</Kbd> new · <Kbd size="xs">{modKey}</Kbd> +{' '}
        <Kbd size="xs">O</Kbd> open
      </Text>
    </Stack>
  );
}
