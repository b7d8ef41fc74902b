import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlus, IconTopologyRing, IconUsersGroup } from '@tabler/icons-react';

interface EmptyMapProps {
  partnersToAdd: number;
  onAddAll: () => void;
  onAddOurs: () => void;
}

/** What an empty map says, with the two ways to start it. */
export function EmptyMap({ partnersToAdd, onAddAll, onAddOurs }: EmptyMapProps) {
  return (
    <div className="eco-empty" data-testid="empty-state">
      <Paper withBorder shadow="md" p="xl" maw={460}>
        <Stack align="center" gap="sm">
          <ThemeIcon size={56} radius={56} variant="light">
            <IconTopologyRing size={30} />
          </ThemeIcon>
          <Title order={3} ta="center">
            Map who surrounds your program
          </Title>
          <Text size="sm" c="dimmed" ta="center">
            Start with your organisation and your partners, then add the suppliers, distributors,
            regulators, competitors and customer segments around them. Connect them to show where
            value, money, data and referrals flow, and what depends on what.
          </Text>
          <Group gap="sm" mt="xs" justify="center">
            {partnersToAdd > 0 && (
              <Button leftSection={<IconUsersGroup size={16} />} onClick={onAddAll}>
                Add all {partnersToAdd} partners
              </Button>
            )}
            <Button
              variant={partnersToAdd > 0 ? 'default' : 'filled'}
              leftSection={<IconPlus size={16} />}
              onClick={onAddOurs}
            >
              Start with your organisation
            </Button>
          </Group>
        </Stack>
      </Paper>
    </div>
  );
}
