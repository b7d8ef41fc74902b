import {
  Badge,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconCheck, IconCircleDashed, IconMinus } from '@tabler/icons-react';
import type { AgreementChecklist } from '../../../../shared/domain/agreement-checklist.ts';

const scrollTo = (key: string) =>
  document
    .getElementById(`agreement-${key}`)
    ?.scrollIntoView({ behavior: 'smooth', block: 'center' });

/** The key terms still undefined, each a link to where it is filled in. */
export function AgreementChecklistCard({ checklist }: { checklist: AgreementChecklist }) {
  const share = checklist.total === 0 ? 0 : (checklist.defined / checklist.total) * 100;
  return (
    <Paper withBorder p="lg" className="pwb-sticky-aside" data-testid="agreement-checklist">
      <Group justify="space-between" mb={4}>
        <Title order={5}>Key terms</Title>
        <Badge
          color={checklist.complete ? 'teal' : 'orange'}
          variant="light"
          data-testid="checklist-count"
        >
          {checklist.defined} of {checklist.total} defined
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        The terms a partnership agreement should settle before signing.
      </Text>
      <Progress value={share} color={checklist.complete ? 'teal' : 'orange'} size="sm" mb="md" />
      <Stack gap="sm">
        {checklist.items.map((item) => (
          <UnstyledButton
            key={item.key}
            onClick={() => scrollTo(item.key)}
            data-testid={`checklist-${item.key}`}
            data-state={!item.applies ? 'not-applicable' : item.defined ? 'defined' : 'missing'}
          >
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon
                size={20}
                radius="xl"
                variant={item.defined ? 'filled' : 'light'}
                color={!item.applies ? 'gray' : item.defined ? 'teal' : 'orange'}
              >
                {!item.applies ? (
                  <IconMinus size={12} />
                ) : item.defined ? (
                  <IconCheck size={12} />
                ) : (
                  <IconCircleDashed size={12} />
                )}
              </ThemeIcon>
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} c={item.applies ? undefined : 'dimmed'}>
                  {item.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {!item.applies
                    ? 'Only needed when data is shared.'
                    : item.defined
                      ? item.why
                      : `Still missing: ${item.missing.join('; ')}.`}
                </Text>
              </div>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
