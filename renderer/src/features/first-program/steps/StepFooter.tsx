import { Button, Group, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';

interface StepFooterProps {
  /** False keeps the button disabled and shows the hint. */
  ready: boolean;
  hint: string;
  label: string;
  onContinue: () => Promise<void>;
}

/** The step's way forward, with what is still missing said next to it. */
export function StepFooter({ ready, hint, label, onContinue }: StepFooterProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Group justify="space-between" align="center" pt="xs">
      <Text size="sm" c={ready ? 'dimmed' : 'orange.8'} data-testid="step-hint">
        {hint}
      </Text>
      <Button
        rightSection={<IconArrowRight size={16} />}
        disabled={!ready}
        loading={busy}
        data-testid="step-continue"
        onClick={() => {
          setBusy(true);
          void onContinue().finally(() => setBusy(false));
        }}
      >
        {label}
      </Button>
    </Group>
  );
}
