import { Alert, Button, Center, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function PageLoader() {
  return (
    <Center py={80}>
      <Loader />
    </Center>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle size={18} />}
      title="Something went wrong"
      maw={640}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  text: string;
  action?: ReactNode;
}

export function EmptyState({ icon, title, text, action }: EmptyStateProps) {
  return (
    <Center py={64} data-testid="empty-state">
      <Stack align="center" gap="sm" maw={420}>
        <ThemeIcon size={64} radius={64} variant="light">
          {icon}
        </ThemeIcon>
        <Title order={3} ta="center">
          {title}
        </Title>
        <Text c="dimmed" ta="center" size="sm">
          {text}
        </Text>
        {action}
      </Stack>
    </Center>
  );
}
