import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconGavel, IconPlayerSkipForward } from '@tabler/icons-react';
import { useState } from 'react';
import { addDays } from '../../../../../shared/domain/date-math.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { formatDate, localToday } from '../../health/health-format.ts';
import { agreementFieldsOf, firstProgramKeys, type StepProps } from '../use-first-program.ts';
import { Recorded } from './Recorded.tsx';

export const legalActionTitle = 'Legal review of the partnership agreement';

export function LegalStep({ state, complete, update }: StepProps) {
  const partnerId = state.partnerId ?? 0;
  const agreement = useApiQuery('agreements.get', { partnerId }, { enabled: partnerId > 0 });
  const actions = useApiQuery('actions.list', { partnerId }, { enabled: partnerId > 0 });
  const saveAgreement = useApiMutation('agreements.save', firstProgramKeys);
  const createAction = useApiMutation('actions.create', firstProgramKeys);
  const setStatus = useApiMutation('actions.setStatus', firstProgramKeys);
  const [reviewer, setReviewer] = useState('');
  const [due, setDue] = useState(() => addDays(localToday(), 7));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (partnerId === 0)
    return (
      <ErrorState message="Record the first call first: it says which partner this is about." />
    );
  if (agreement.isPending || actions.isPending) return <PageLoader />;
  if (agreement.isError || actions.isError)
    return (
      <ErrorState
        message="The agreement could not be read."
        onRetry={() => void agreement.refetch()}
      />
    );

  const review = actions.data.find((a) => a.title === legalActionTitle && a.status !== 'cancelled');
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const sendForReview = () =>
    run(async () => {
      if (!reviewer.trim()) {
        setError('Name who reviews the agreement');
        return;
      }
      const { deliverables: _d, ...current } = agreement.data;
      await saveAgreement.mutateAsync({
        partnerId,
        fields: { ...agreementFieldsOf(current), status: 'in_review' },
      });
      await createAction.mutateAsync({
        partnerId,
        title: legalActionTitle,
        owner: reviewer.trim(),
        dueDate: due,
        status: 'in_progress',
      });
      await update({ legalReview: 'needed' });
    });

  if (state.legalReview === 'needed' && review) {
    return (
      <Stack gap="md">
        <Recorded
          text={`The agreement is in review with ${review.owner || 'the reviewer'}${review.dueDate ? `, due ${formatDate(review.dueDate)}` : ''}. The review is an action on the Meetings & actions page.`}
          href="/meetings"
          linkLabel="Actions"
        />
        <Group justify="space-between">
          <Text size="sm" c="red">
            {error}
          </Text>
          <Button
            loading={busy}
            data-testid="step-continue"
            onClick={() =>
              void run(async () => {
                if (review.status !== 'done')
                  await setStatus.mutateAsync({ id: review.id, status: 'done' });
                await complete('legal');
              })
            }
          >
            Review done: ready to sign
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {state.legalReview === 'not_needed' && (
        <Recorded text="You decided this agreement needs no legal review." />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group gap="xs">
              <IconGavel size={18} />
              <Title order={5}>Send it to a lawyer</Title>
            </Group>
            <TextInput
              label="Reviewer"
              placeholder="Name or firm"
              value={reviewer}
              onChange={(e) => setReviewer(e.currentTarget.value)}
              data-testid="legal-reviewer"
            />
            <DatePickerInput
              label="Review due"
              valueFormat="D MMM YYYY"
              leftSection={<IconCalendar size={16} />}
              value={due}
              onChange={(value) => setDue(value ?? due)}
            />
            <Button onClick={() => void sendForReview()} loading={busy} data-testid="legal-send">
              Mark as in review
            </Button>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm" h="100%" justify="space-between">
            <div>
              <Group gap="xs">
                <IconPlayerSkipForward size={18} />
                <Title order={5}>No review needed</Title>
              </Group>
              <Text size="sm" c="dimmed">
                No money, no customer data and no exclusivity: a plain co-marketing agreement
                usually goes straight to signature.
              </Text>
            </div>
            <Button
              variant="default"
              loading={busy}
              data-testid="legal-skip"
              onClick={() => void run(() => complete('legal', { legalReview: 'not_needed' }))}
            >
              Skip to signature
            </Button>
          </Stack>
        </Paper>
      </SimpleGrid>
      {error && (
        <Text size="sm" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}
