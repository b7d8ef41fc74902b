import { Button, Group, Modal, Paper, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustments } from '@tabler/icons-react';
import {
  scenarioLabels,
  scenarioNames,
  type ForecastComputation,
  type ScenarioName,
} from '../../../../shared/contract/index.ts';
import { compactMoney, count, percent, wholeMoney as money } from './economics-format.ts';
import { ScenarioMultipliers } from './ScenarioMultipliers.tsx';

type Forecasts = ForecastComputation['scenarios'];

function Stat({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  testId?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

interface ScenarioSummaryProps {
  scenarios: Forecasts;
  selected: ScenarioName;
  onSelect: (s: ScenarioName) => void;
  currency: string;
  recurring: boolean;
  /** The simulated total revenue band, when a run is done. */
  total: { p10: number; p50: number; p90: number } | null;
}

/** The chosen scenario's totals, compared with the plan; the multipliers open in a dialog. */
export function ScenarioSummary({
  scenarios,
  selected,
  onSelect,
  currency,
  recurring,
  total,
}: ScenarioSummaryProps) {
  const [editing, editor] = useDisclosure(false);
  const chosen = scenarios[selected];
  const base = scenarios.base.totals.revenue;
  const months = chosen.months.length;
  const versusPlan = base > 0 ? chosen.totals.revenue / base - 1 : null;
  const firstYear = chosen.months.slice(0, 12).reduce((s, m) => s + m.revenue, 0);
  return (
    <Paper withBorder p="md" data-testid="scenario-summary">
      <Group justify="space-between" mb="sm">
        <SegmentedControl
          value={selected}
          onChange={(v) => onSelect(v as ScenarioName)}
          data={scenarioNames.map((s) => ({ value: s, label: scenarioLabels[s] }))}
          aria-label="Scenario"
          data-testid="scenario-switch"
        />
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconAdjustments size={14} />}
          onClick={editor.open}
          data-testid="edit-scenarios"
        >
          Scenario multipliers
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat
          label={`Revenue, ${months} months`}
          value={money(chosen.totals.revenue, currency)}
          hint={
            versusPlan === null || selected === 'base'
              ? 'the plan as entered'
              : `${versusPlan >= 0 ? '+' : ''}${percent(versusPlan)} against the plan`
          }
          testId="scenario-total"
        />
        <Stat label="First 12 months" value={money(firstYear, currency)} />
        <Stat
          label="Deals"
          value={count(chosen.totals.deals, 1)}
          hint={`from ${count(chosen.totals.leads)} leads`}
        />
        {recurring ? (
          <Stat label="Customers at the end" value={count(chosen.months.at(-1)?.customers ?? 0)} />
        ) : (
          <Stat
            label="Simulated range"
            value={
              total
                ? `${compactMoney(total.p10, currency)} – ${compactMoney(total.p90, currency)}`
                : '—'
            }
            hint={
              total
                ? `P10 – P90 of the total; median ${money(total.p50, currency)}`
                : 'run a simulation'
            }
            testId="simulated-total"
          />
        )}
      </SimpleGrid>
      <Modal opened={editing} onClose={editor.close} title="Scenario multipliers" size="lg">
        <ScenarioMultipliers />
      </Modal>
    </Paper>
  );
}
