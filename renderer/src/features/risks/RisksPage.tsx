import { Stack, Text, Title } from '@mantine/core';
import { RiskRegister } from './RiskRegister.tsx';

export default function RisksPage() {
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Risks</Title>
        <Text c="dimmed" size="sm">
          Every risk of the program and its partnerships, scored by likelihood and impact, each with
          an owner and a review date.
        </Text>
      </div>
      <RiskRegister />
    </Stack>
  );
}
