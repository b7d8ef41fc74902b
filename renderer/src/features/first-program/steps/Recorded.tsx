import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCircleCheck, IconExternalLink } from '@tabler/icons-react';
import { useLocation } from 'wouter';

interface RecordedProps {
  text: string;
  /** Where the record lives in the app. */
  href?: string;
  linkLabel?: string;
}

/** Shown on a step already done: what it recorded and where to find it. */
export function Recorded({ text, href, linkLabel = 'Open' }: RecordedProps) {
  const [, navigate] = useLocation();
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={18} />}
      data-testid="step-recorded"
    >
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{text}</Text>
        {href && (
          <Button
            size="xs"
            variant="subtle"
            rightSection={<IconExternalLink size={14} />}
            onClick={() => navigate(href)}
          >
            {linkLabel}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
