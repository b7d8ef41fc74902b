import { Stack, Text, Title } from '@mantine/core';
import { CharterWorkspace } from './CharterWorkspace.tsx';

export default function ProgramCharterPage() {
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Program charter</Title>
        <Text c="dimmed" size="sm">
          The rules the whole partnership program runs by. Each partnership can add its own charter
          on its partner page.
        </Text>
      </div>
      <CharterWorkspace partner={null} />
    </Stack>
  );
}
