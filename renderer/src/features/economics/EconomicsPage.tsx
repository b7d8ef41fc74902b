import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAdjustments, IconCalculator, IconChartAreaLine, IconCoin } from '@tabler/icons-react';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { useRememberedChoice } from '../../stores/view-choices.ts';
import { IntegrationCalculator, ReachCalculator, WebinarCalculator } from './Calculators.tsx';
import { ForecastWorkspace } from './ForecastWorkspace.tsx';
import { ScenarioMultipliers } from './ScenarioMultipliers.tsx';
import { UnitEconomicsPanel } from './UnitEconomicsPanel.tsx';

const economicsTabs = ['forecast', 'unit-economics', 'calculators', 'scenarios'] as const;
type EconomicsTab = (typeof economicsTabs)[number];

/** The program's economics: its own forecast, unit economics, quick calculators and scenarios. */
export default function EconomicsPage() {
  const settings = useApiQuery('settings.get', {});
  const [tab, setTab] = useRememberedChoice<EconomicsTab>(
    'economics.tab',
    'forecast',
    economicsTabs,
  );
  if (settings.isPending) return <PageLoader />;
  if (settings.isError)
    return <ErrorState message={settings.error.message} onRetry={() => void settings.refetch()} />;
  const currency = settings.data.currency;
  return (
    <Stack gap="lg" data-testid="economics-page">
      <div>
        <Title order={2}>Economics</Title>
        <Text c="dimmed" size="sm" maw={720}>
          The financial case for the program: a forecast with its range, what a customer costs
          through partners against paid channels, and the figures behind them. Each partner has its
          own forecast and revenue share on its Forecast tab.
        </Text>
      </div>
      <Tabs value={tab} onChange={(v) => v && setTab(v as EconomicsTab)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="forecast" leftSection={<IconChartAreaLine size={16} />}>
            Program forecast
          </Tabs.Tab>
          <Tabs.Tab value="unit-economics" leftSection={<IconCoin size={16} />}>
            Unit economics
          </Tabs.Tab>
          <Tabs.Tab
            value="calculators"
            leftSection={<IconCalculator size={16} />}
            data-testid="tab-calculators"
          >
            Calculators
          </Tabs.Tab>
          <Tabs.Tab value="scenarios" leftSection={<IconAdjustments size={16} />}>
            Scenarios
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="forecast">
          <ForecastWorkspace
            partnerId={null}
            title="Program forecast"
            intro="The whole program, month by month: leads ramping up, converting to deals and revenue. Partners keep their own forecasts; this one is yours to set for the program."
          />
        </Tabs.Panel>
        <Tabs.Panel value="unit-economics">
          <UnitEconomicsPanel partnerId={null} title="Program unit economics" />
        </Tabs.Panel>
        <Tabs.Panel value="calculators">
          <Stack gap="md">
            <WebinarCalculator currency={currency} />
            <IntegrationCalculator currency={currency} />
            <ReachCalculator />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="scenarios">
          <ScenarioMultipliers />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
