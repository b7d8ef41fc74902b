import {
  riskBandLabels,
  riskCategories,
  riskCategoryLabels,
  riskStatuses,
  riskStatusLabels,
  riskTreatmentLabels,
  riskTreatments,
  type RiskBand,
} from '../../../../shared/contract/index.ts';

/** Mantine colours of the four bands, from calm to alarming. */
export const bandColors: Record<RiskBand, string> = {
  low: 'teal',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

export const bandOptions = (Object.keys(riskBandLabels) as RiskBand[]).map((band) => ({
  value: band,
  label: riskBandLabels[band],
}));

export const categoryOptions = riskCategories.map((c) => ({
  value: c,
  label: riskCategoryLabels[c],
}));
export const treatmentOptions = riskTreatments.map((t) => ({
  value: t,
  label: riskTreatmentLabels[t],
}));
export const statusOptions = riskStatuses.map((s) => ({ value: s, label: riskStatusLabels[s] }));

/** What each treatment means, shown under the field. */
export const treatmentHints: Record<(typeof riskTreatments)[number], string> = {
  mitigate: 'Reduce the likelihood or the impact with concrete measures.',
  accept: 'Live with it knowingly; keep watching it at each review.',
  transfer: 'Move it to someone else: insurance, a contract clause, the partner.',
  avoid: 'Change the plan so the risk cannot happen at all.',
};

export const likelihoodHints = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
export const impactHints = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'];
