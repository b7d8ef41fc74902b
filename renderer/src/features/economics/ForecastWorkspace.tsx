import { Button, Grid, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import {
  forecastFields,
  toForecastInputs,
  type ForecastComputation,
  type ScenarioName,
} from '../../../../shared/contract/index.ts';
import { forecastScenarios } from '../../../../shared/domain/forecast-scenarios.ts';
import { fromMinor } from '../../../../shared/domain/money.ts';
import { call, type ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { monthLabel } from '../kpis/months.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { ForecastBandChart, ScenarioChart } from './ForecastCharts.tsx';
import { forecastChartRows } from './forecast-chart-data.ts';
import { forecastFieldsOf, forecastFormOf, type ForecastForm } from './forecast-form.ts';
import {
  FunnelSection,
  LeadsSection,
  RecurringSection,
  setPlanned,
  TimelineSection,
} from './ForecastInputs.tsx';
import { ScenarioSummary } from './ScenarioSummary.tsx';
import { SimulationPanel } from './SimulationPanel.tsx';
import { useSimulation } from './use-simulation.ts';

interface ForecastWorkspaceProps {
  /** null: the program-level forecast. */
  partnerId: number | null;
  title: string;
  intro: string;
}

/** Inputs on the left, saved as typed; scenarios, the simulated band and the actuals on the right. */
export function ForecastWorkspace({ partnerId, title, intro }: ForecastWorkspaceProps) {
  const settings = useApiQuery('settings.get', {});
  const computed = useApiQuery('forecast.compute', { partnerId }, { placeholderData: (p) => p });
  if (settings.isPending || computed.isPending) return <PageLoader />;
  const failed = settings.error ?? computed.error;
  if (failed)
    return <ErrorState message={failed.message} onRetry={() => void computed.refetch()} />;
  if (!settings.data || !computed.data) return <PageLoader />;
  return (
    <ForecastEditor
      key={partnerId ?? 'program'}
      partnerId={partnerId}
      title={title}
      intro={intro}
      currency={settings.data.currency}
      computed={computed.data}
    />
  );
}

function ForecastEditor({
  partnerId,
  title,
  intro,
  currency,
  computed,
}: ForecastWorkspaceProps & { currency: string; computed: ForecastComputation }) {
  const save = useApiMutation('forecast.save', ['forecast', 'unitEconomics']);
  const [initial] = useState(() => forecastFormOf(computed.forecast, currency));
  const [scenario, setScenario] = useState<ScenarioName>('base');
  const form = useForm<ForecastForm>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => zodValidate(forecastFields)(forecastFieldsOf(values, currency)),
    validateInputOnChange: true,
  });
  const status = useAutosave({
    values: form.values,
    initial,
    isValid: (v) => forecastFields.safeParse(forecastFieldsOf(v, currency)).success,
    save: (v) =>
      save
        .mutateAsync({ partnerId, fields: forecastFieldsOf(v, currency) })
        .catch((error: ApiCallError) => {
          form.setErrors(
            Object.fromEntries(
              Object.entries(error.fields).map(([k, m]) => [k.replace(/^fields\./, ''), m]),
            ),
          );
          throw error;
        }),
  });
  const simulation = useSimulation(partnerId);
  const blockedReason = status.invalid
    ? 'Fix the highlighted fields first'
    : status.saving
      ? 'Saving your last change…'
      : null;

  // A first band without a click: one run when the forecast opens and none was made yet.
  const autoRun = useRef(false);
  useEffect(() => {
    if (autoRun.current || simulation.hasJob || blockedReason !== null) return;
    autoRun.current = true;
    void simulation.start();
  }, [simulation, blockedReason]);

  const parsed = forecastFields.safeParse(forecastFieldsOf(form.values, currency));
  const scenarios = parsed.success
    ? forecastScenarios(toForecastInputs(parsed.data), computed.multipliers)
    : computed.scenarios;
  const drawn = simulation.lastDone;
  const band = drawn?.result?.months ?? null;
  const rows = forecastChartRows(computed.actuals, scenarios, band);
  const outOfDate =
    drawn !== undefined && (drawn.inputsUpdatedAt !== computed.forecast.updatedAt || status.saving);

  const prefill = async () => {
    try {
      const p = await call('forecast.prefill', { partnerId });
      if (p.periodsUsed.length === 0) {
        notifications.show({
          color: 'orange',
          title: 'No actuals yet',
          message: 'Record leads, deals and revenue on the Actuals tab first.',
        });
        return;
      }
      // Through setPlanned, so each uncertainty range moves with its input.
      if (p.baseLeadsPerMonth !== null) setPlanned(form, 'baseLeadsPerMonth', p.baseLeadsPerMonth);
      if (p.qualificationPercent !== null)
        setPlanned(form, 'qualificationPercent', p.qualificationPercent);
      if (p.closePercent !== null) setPlanned(form, 'closePercent', p.closePercent);
      if (p.dealValue !== null) setPlanned(form, 'dealValue', fromMinor(p.dealValue, currency));
      if (p.startPeriod !== null) form.setFieldValue('startPeriod', p.startPeriod);
      form.setFieldValue('rampShape', 'none');
      const first = p.periodsUsed[0] ?? '';
      const last = p.periodsUsed.at(-1) ?? '';
      notifications.show({
        color: 'teal',
        title: 'Prefilled from actuals',
        message: `Averages of ${monthLabel(first)}–${monthLabel(last)}; ramp-up off, as the partnership is already running. Figures with nothing recorded were left as they were.`,
      });
    } catch (e) {
      notifications.show({ color: 'red', message: (e as ApiCallError).message });
    }
  };

  return (
    <Stack gap="md" data-testid="forecast-workspace">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={4}>{title}</Title>
          <Text size="sm" c="dimmed" maw={620}>
            {intro}
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          <SaveStatus {...status} />
          <Tooltip label="Leads, rates and deal value from the latest three months recorded">
            <Button
              variant="default"
              leftSection={<IconDatabaseImport size={16} />}
              onClick={() => void prefill()}
              data-testid="forecast-prefill"
            >
              Prefill from actuals
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="sm">
            <TimelineSection form={form} />
            <LeadsSection form={form} />
            <FunnelSection form={form} currency={currency} />
            <RecurringSection form={form} currency={currency} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            <ScenarioSummary
              scenarios={scenarios}
              selected={scenario}
              onSelect={setScenario}
              currency={currency}
              recurring={form.values.recurringEnabled}
              total={drawn?.result?.total ?? null}
            />
            <ForecastBandChart rows={rows} currency={currency} />
            <SimulationPanel
              form={form}
              simulation={simulation}
              blockedReason={blockedReason}
              outOfDate={outOfDate}
            />
            <ScenarioChart rows={rows} currency={currency} selected={scenario} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
