import { Alert, Loader, Paper, SimpleGrid, Stack, Text, ThemeIcon, Group } from '@mantine/core';
import { IconPresentation, IconRocket } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useDialogStore } from '../../stores/dialog-store.ts';
import { useOpenDemo } from '../demo/use-open-demo.ts';
import { useFirstProgramIntent } from './first-program-intent.ts';

interface PathCardProps {
  icon: ReactNode;
  title: string;
  text: string;
  onClick: () => void;
  testId: string;
  busy?: boolean;
}

function PathCard({ icon, title, text, onClick, testId, busy = false }: PathCardProps) {
  return (
    <Paper
      withBorder
      p="md"
      component="button"
      type="button"
      onClick={onClick}
      disabled={busy}
      data-testid={testId}
      className="pwb-action-card"
      aria-busy={busy}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon variant="light" color="teal" size="lg">
          {busy ? <Loader size={16} color="teal" /> : icon}
        </ThemeIcon>
        <Stack gap={2}>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

/** The two ways in for someone new: a guided first program, or a full example to explore. */
export function StartPaths() {
  const show = useDialogStore((s) => s.show);
  const setWanted = useFirstProgramIntent((s) => s.setWanted);
  const demo = useOpenDemo();
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PathCard
          icon={<IconRocket size={20} />}
          title="I'm starting my first program"
          text="A guided start: find candidates, score their fit, reach out, sign, and run a first joint campaign."
          testId="start-first-program"
          onClick={() => {
            setWanted(true);
            show('newWorkbook');
          }}
        />
        <PathCard
          icon={<IconPresentation size={20} />}
          title={demo.busy ? 'Building the demo…' : 'Open the demo'}
          text="A fictional program with 13 partners and every module filled in. Rebuilt fresh each time."
          testId="start-demo"
          busy={demo.busy}
          onClick={() => void demo.open()}
        />
      </SimpleGrid>
      {demo.error && (
        <Alert color="red" title="The demo could not be opened" data-testid="demo-error">
          {demo.error}
        </Alert>
      )}
    </Stack>
  );
}
