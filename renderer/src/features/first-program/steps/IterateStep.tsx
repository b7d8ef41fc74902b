import { Button, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { DecisionKind } from '../../../../../shared/contract/index.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { localToday } from '../../health/health-format.ts';
import { firstProgramKeys, type StepProps } from '../use-first-program.ts';

const choices: { kind: DecisionKind; title: string; text: string; decision: string }[] = [
  {
    kind: 'expand',
    title: 'Expand',
    text: 'It worked: do more together, or add a second kind of partnership.',
    decision: 'Expand the partnership with',
  },
  {
    kind: 'adjust',
    title: 'Iterate',
    text: 'Promising but not there yet: change the offer, audience or split and test again.',
    decision: 'Run another test campaign, adjusted, with',
  },
  {
    kind: 'exit',
    title: 'Stop',
    text: 'Not worth the effort: end it cleanly, as the exit plan says.',
    decision: 'End the partnership with',
  },
];

export function IterateStep({ state, complete }: StepProps) {
  const partnerId = state.partnerId ?? 0;
  const partner = useApiQuery('partners.get', { id: partnerId }, { enabled: partnerId > 0 });
  const save = useApiMutation('firstProgram.saveDecision', firstProgramKeys);
  const [kind, setKind] = useState<DecisionKind>('expand');
  const [rationale, setRationale] = useState('');
  const [decidedBy, setDecidedBy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (partnerId === 0)
    return (
      <ErrorState message="Record the first call first: it says which partner this is about." />
    );
  if (partner.isPending) return <PageLoader />;
  if (partner.isError)
    return <ErrorState message={partner.error.message} onRetry={() => void partner.refetch()} />;

  const who = decidedBy ?? partner.data.ownerOurs;
  const choice = choices.find((c) => c.kind === kind) ?? choices[0];

  const decide = async () => {
    setError(null);
    if (!who.trim()) {
      setError('Name who decided');
      return;
    }
    try {
      const decision = await save.mutateAsync({
        partnerId,
        decision: `${choice?.decision ?? 'Decide on'} ${partner.data.name}`,
        kind,
        date: localToday(),
        decidedBy: who,
        rationale,
      });
      await complete('iterate', { decisionId: decision.id });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Stack gap="md">
      <Radio.Group value={kind} onChange={(v) => setKind(v as DecisionKind)}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {choices.map((c) => (
            <Radio.Card
              key={c.kind}
              value={c.kind}
              p="sm"
              radius="md"
              data-testid={`iterate-${c.kind}`}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator />
                <div>
                  <Text fw={600} size="sm">
                    {c.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {c.text}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Textarea
        label="Why"
        placeholder="What the results showed, and what you expect from the next step"
        autosize
        minRows={2}
        value={rationale}
        onChange={(e) => setRationale(e.currentTarget.value)}
      />
      <TextInput
        label="Decided by"
        value={who}
        onChange={(e) => setDecidedBy(e.currentTarget.value)}
        maw={320}
      />
      <Group justify="space-between">
        <Text size="sm" c="red">
          {error}
        </Text>
        <Button onClick={() => void decide()} loading={save.isPending} data-testid="step-continue">
          Log the decision
        </Button>
      </Group>
    </Stack>
  );
}
