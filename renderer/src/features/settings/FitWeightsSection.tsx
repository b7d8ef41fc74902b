import { memo } from 'react';
import { fitWeights, type WorkbookSettings } from '../../../../shared/contract/index.ts';
import {
  defaultFitWeights,
  fitCriterionKeys,
  fitCriterionText,
} from '../../../../shared/domain/fit.ts';
import { WeightsSection } from './WeightsSection.tsx';

/**
 * How much each partner-fit criterion counts in this workbook; the fit tab uses them at once.
 * Memoised: the settings form above re-renders on every keystroke.
 */
export const FitWeightsSection = memo(function FitWeightsSection({
  settings,
}: {
  settings: WorkbookSettings;
}) {
  return (
    <WeightsSection
      param="fitWeights"
      keys={fitCriterionKeys}
      saved={settings.params.fitWeights}
      defaults={defaultFitWeights}
      schema={fitWeights}
      invalidate={['settings', 'fit']}
      title="Partner fit weights"
      description="How much each criterion counts in a partner's fit score. Only the proportions matter; a weight of 0 leaves a criterion out. Every fit score in this workbook uses them."
      itemHeading="Criterion"
      shareHeading="Share of the score"
      label={(key) => fitCriterionText[key].label}
      input={{ max: 10, step: 0.5, decimalScale: 2 }}
      restoreLabel="Restore the recommended weights"
      testId="fit-weights"
      weightTestId="fit-weight"
    />
  );
});
