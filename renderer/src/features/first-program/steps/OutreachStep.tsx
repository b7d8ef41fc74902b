import { Badge, Group, SegmentedControl, Stack, Switch, Table, Text } from '@mantine/core';
import type { Partner } from '../../../../../shared/contract/index.ts';
import { fitVerdictLabels, formatFitScore } from '../../../../../shared/domain/fit.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { fitVerdictColors } from '../../partners/fit-view.ts';
import { firstProgramKeys, partnerFieldsOf, type StepProps } from '../use-first-program.ts';
import { StepFooter } from './StepFooter.tsx';

const channels = [
  { value: 'warm intro', label: 'Warm intro' },
  { value: 'cold email', label: 'Cold email' },
];
const channelTags = new Set(channels.map((c) => c.value));

/** Stages before any contact; a candidate further along has been reached already. */
const untouched = new Set(['identified']);

export function OutreachStep({ complete }: StepProps) {
  const partners = useApiQuery('partners.list', {});
  const fits = useApiQuery('fit.list', {});
  const setStage = useApiMutation('partners.setStage', firstProgramKeys);
  const update = useApiMutation('partners.update', firstProgramKeys);

  if (partners.isPending || fits.isPending) return <PageLoader />;
  if (partners.isError || fits.isError)
    return (
      <ErrorState
        message="The candidates could not be read."
        onRetry={() => void partners.refetch()}
      />
    );

  const fitOf = new Map(fits.data.map((f) => [f.partnerId, f]));
  const ranked = [...partners.data].sort(
    (a, b) => (fitOf.get(b.id)?.score ?? -1) - (fitOf.get(a.id)?.score ?? -1),
  );
  const reached = partners.data.filter((p) => !untouched.has(p.stage));
  const channelOf = (p: Partner) => p.tags.find((t) => channelTags.has(t)) ?? 'warm intro';

  const setChannel = (partner: Partner, channel: string) =>
    update.mutate({
      id: partner.id,
      fields: {
        ...partnerFieldsOf(partner),
        tags: [...partner.tags.filter((t) => !channelTags.has(t)), channel],
      },
    });

  return (
    <Stack gap="md">
      <Table data-testid="outreach-list" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Candidate</Table.Th>
            <Table.Th>Fit</Table.Th>
            <Table.Th>How</Table.Th>
            <Table.Th ta="right">Reached out</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ranked.map((partner) => {
            const fit = fitOf.get(partner.id);
            const verdict = fit?.verdict ?? 'unscored';
            const contacted = !untouched.has(partner.stage);
            return (
              <Table.Tr
                key={partner.id}
                data-testid="outreach-row"
                opacity={verdict === 'no-go' ? 0.6 : 1}
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {partner.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={fitVerdictColors[verdict]} variant="light">
                    {formatFitScore(fit?.score ?? null)} · {fitVerdictLabels[verdict]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    data={channels}
                    value={channelOf(partner)}
                    onChange={(value) => setChannel(partner, value)}
                    aria-label={`How you reached ${partner.name}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <Switch
                      checked={contacted}
                      disabled={setStage.isPending || (contacted && partner.stage !== 'contacted')}
                      aria-label={`Reached out to ${partner.name}`}
                      data-testid={`reached-${partner.name}`}
                      onChange={(event) =>
                        setStage.mutate({
                          id: partner.id,
                          stage: event.currentTarget.checked ? 'contacted' : 'identified',
                        })
                      }
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <StepFooter
        ready={reached.length > 0}
        hint={
          reached.length > 0
            ? `${reached.length} reached. Continue when one of them agrees to a first call.`
            : 'Mark at least one candidate you have reached.'
        }
        label="A first call is booked"
        onContinue={() => complete('outreach')}
      />
    </Stack>
  );
}
