import { Button, Group, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  partnerTypeLabels,
  partnerTypes,
  type PartnerType,
} from '../../../../../shared/contract/index.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { firstProgramKeys, partnerFieldsOf, type StepProps } from '../use-first-program.ts';
import { Recorded } from './Recorded.tsx';

/** The kinds a first program usually starts with, in a sentence each. */
const common: Partial<Record<PartnerType, string>> = {
  co_marketing:
    'Run campaigns together: webinars, guides, newsletter swaps. The lightest way to start.',
  integration: 'Connect the products, and be listed where the other side’s users find add-ons.',
  channel: 'They sell or implement your product and keep a margin or commission.',
  affiliate: 'They send customers your way through links or introductions, for a referral fee.',
  co_branding: 'A joint offer, product or report that carries both brands.',
  content: 'They publish your expertise to their audience, or you write it together.',
};
const others = partnerTypes.filter((t) => !(t in common));

export function TypeStep({ state, complete }: StepProps) {
  const partner = useApiQuery(
    'partners.get',
    { id: state.partnerId ?? 0 },
    { enabled: state.partnerId !== null },
  );
  const update = useApiMutation('partners.update', firstProgramKeys);
  const [chosen, setChosen] = useState<PartnerType | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (state.partnerId === null)
    return (
      <ErrorState message="Record the first call first: it says which partner this is about." />
    );
  if (partner.isPending) return <PageLoader />;
  if (partner.isError)
    return <ErrorState message={partner.error.message} onRetry={() => void partner.refetch()} />;

  const { contacts: _contacts, ...current } = partner.data;
  const value = chosen ?? current.type;

  const save = async () => {
    setError(null);
    try {
      await update.mutateAsync({
        id: current.id,
        fields: {
          ...partnerFieldsOf(current),
          type: value,
          stage: current.stage === 'exploring' ? 'negotiating' : current.stage,
        },
      });
      await complete('type');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Stack gap="md">
      {state.completed.includes('type') && (
        <Recorded
          text={`${current.name} is a ${partnerTypeLabels[current.type].toLowerCase()} partnership.`}
        />
      )}
      <Radio.Group value={value} onChange={(v) => setChosen(v as PartnerType)}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {Object.entries(common).map(([type, text]) => (
            <Radio.Card key={type} value={type} p="sm" radius="md" data-testid={`type-${type}`}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator />
                <div>
                  <Text fw={600} size="sm">
                    {partnerTypeLabels[type as PartnerType]}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {text}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Select
        label="Or another kind"
        placeholder="Distribution, sponsorship, licensing…"
        data={others.map((t) => ({ value: t, label: partnerTypeLabels[t] }))}
        value={others.includes(value) ? value : null}
        onChange={(v) => v && setChosen(v as PartnerType)}
        clearable
        maw={320}
      />
      <Group justify="space-between">
        <Text size="sm" c="red">
          {error}
        </Text>
        <Button onClick={() => void save()} loading={update.isPending} data-testid="step-continue">
          Continue as {partnerTypeLabels[value].toLowerCase()}
        </Button>
      </Group>
    </Stack>
  );
}
