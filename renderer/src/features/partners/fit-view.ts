import type { FitAssessment, FitAssessmentFields } from '../../../../shared/contract/index.ts';
import {
  computeFit,
  fitCriterionKeys,
  fitRedFlagKeys,
  type FitResult,
  type FitVerdict,
  type FitWeights,
} from '../../../../shared/domain/fit.ts';

export type FitForm = Pick<FitAssessment, 'criteria' | 'redFlags'>;

export const fitVerdictColors: Record<FitVerdict, string> = {
  go: 'teal',
  conditional: 'yellow',
  'no-go': 'red',
  unscored: 'gray',
};

export const fitVerdictHelp: Record<FitVerdict, string> = {
  go: 'A strong fit: move ahead with the conversation.',
  conditional: 'Promising, with gaps: agree how to close them before you sign.',
  'no-go': 'Too weak a fit to invest in now.',
  unscored: 'Score at least one criterion to see the fit.',
};

export function formOf(assessment: FitAssessment): FitForm {
  return { criteria: assessment.criteria, redFlags: assessment.redFlags };
}

export function resultOf(form: FitForm, weights: FitWeights): FitResult {
  return computeFit({
    scores: Object.fromEntries(fitCriterionKeys.map((k) => [k, form.criteria[k].score])),
    weights,
    redFlags: fitRedFlagKeys.filter((flag) => form.redFlags[flag].raised),
  });
}

export const toFields = (form: FitForm): FitAssessmentFields => form;
