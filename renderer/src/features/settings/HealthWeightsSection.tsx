import {
  defaultHealthWeightsParam,
  healthComponents,
  healthWeightsParam,
  type HealthComponent,
  type WorkbookSettings,
} from '../../../../shared/contract/index.ts';
import { healthComponentLabels } from '../../../../shared/domain/health.ts';
import { WeightsSection } from './WeightsSection.tsx';

const componentHints: Readonly<Record<HealthComponent, string>> = {
  governanceCompleteness:
    'Owners on both sides, success definition, cadence, escalation, RACI, signed agreement',
  kpiAttainment: "The partnership's scorecard score, on target or better counting as full marks",
  riskExposure: 'Open risks by severity, residual where assessed',
  activityRecency: 'Days since the last joint activity, meeting or recorded actual',
  effortBalance: 'Open deliverables on the lighter side against the heavier',
};

/** How much each component counts in the health index; every index in the workbook uses them. */
export function HealthWeightsSection({ settings }: { settings: WorkbookSettings }) {
  return (
    <WeightsSection
      param="healthWeights"
      keys={healthComponents}
      saved={settings.params.healthWeights}
      defaults={defaultHealthWeightsParam}
      schema={healthWeightsParam}
      invalidate={['settings', 'health', 'dashboard']}
      title="Health weights"
      description="How much each component counts in a partnership's health index (0 to 100). A component without data is left out and the others share its weight. Bands: healthy 70 and above, watch 50 to 69, at risk below 50."
      itemHeading="Component"
      shareHeading="Share of the index"
      label={(key) => healthComponentLabels[key]}
      hint={(key) => componentHints[key]}
      input={{ max: 100, step: 5, decimalScale: 1 }}
      restoreLabel="Restore the weights of the spec (30 / 25 / 20 / 15 / 10)"
      testId="health-weights"
      weightTestId="health-weight"
    />
  );
}
