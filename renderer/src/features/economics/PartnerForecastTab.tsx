import { SegmentedControl, Stack } from '@mantine/core';
import type { Partner } from '../../../../shared/contract/index.ts';
import { useEconomicsStore, type EconomicsView } from './economics-store.ts';
import { ForecastWorkspace } from './ForecastWorkspace.tsx';
import { RevenueShareSection } from './RevenueShareSection.tsx';
import { UnitEconomicsPanel } from './UnitEconomicsPanel.tsx';

/** A partnership's economics: its forecast, its revenue share and its unit economics. */
export default function PartnerForecastTab({ partner }: { partner: Partner }) {
  const view = useEconomicsStore((s) => s.partnerView);
  const setView = useEconomicsStore((s) => s.setPartnerView);
  return (
    <Stack gap="md">
      <SegmentedControl
        value={view}
        onChange={(v) => setView(v as EconomicsView)}
        data={[
          { value: 'forecast', label: 'Forecast' },
          { value: 'revenue-share', label: 'Revenue share' },
          { value: 'unit-economics', label: 'Unit economics' },
        ]}
        aria-label="Economics view"
        style={{ alignSelf: 'flex-start' }}
        data-testid="partner-economics-view"
      />
      {view === 'forecast' && (
        <ForecastWorkspace
          partnerId={partner.id}
          title={`Forecast for ${partner.name}`}
          intro="What this partnership could bring in, month by month. Type the plan, or prefill it from the actuals; the band shows how uncertain it is."
        />
      )}
      {view === 'revenue-share' && <RevenueShareSection partner={partner} />}
      {view === 'unit-economics' && (
        <UnitEconomicsPanel partnerId={partner.id} title={`Unit economics of ${partner.name}`} />
      )}
    </Stack>
  );
}
