import { Stack, Text, Title } from '@mantine/core';
import { GovernanceWorkspace } from './GovernanceWorkspace.tsx';

export default function MeetingsPage() {
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Meetings & actions</Title>
        <Text c="dimmed" size="sm">
          The shared record of what was agreed: meetings held, the commitments that came out of
          them, the decisions taken and what still waits for one.
        </Text>
      </div>
      <GovernanceWorkspace />
    </Stack>
  );
}
