import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLocation } from 'wouter';

interface Props {
  title: string;
  description?: ReactNode;
  testId: string;
  /** A page where the whole list lives. */
  link?: { label: string; href: string };
  children: ReactNode;
}

/** The frame of a dashboard card that is a list rather than a chart. */
export function CardFrame({ title, description, testId, link, children }: Props) {
  const [, navigate] = useLocation();
  return (
    <Paper withBorder p="md" h="100%" data-testid={testId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={650}>{title}</Text>
            {description && (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          {link && (
            <Anchor
              size="xs"
              component="button"
              onClick={() => navigate(link.href)}
              style={{ whiteSpace: 'nowrap' }}
            >
              {link.label}
            </Anchor>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** What a card says when its list is empty: what that means, and what to do next. */
export function CardEmpty({
  icon,
  text,
  action,
}: {
  icon: ReactNode;
  text: string;
  action?: ReactNode;
}) {
  return (
    <Stack
      align="center"
      gap={6}
      py="lg"
      style={{ flex: 1, justifyContent: 'center' }}
      data-testid="card-empty"
    >
      {icon}
      <Text size="sm" c="dimmed" ta="center" maw={320}>
        {text}
      </Text>
      {action}
    </Stack>
  );
}
