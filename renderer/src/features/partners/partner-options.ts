import {
  lifecycleStageLabels,
  lifecycleStages,
  maturityLabels,
  maturityLevels,
  partnerTypeLabels,
  partnerTypes,
  type LifecycleStage,
} from '../../../../shared/contract/index.ts';

export const typeOptions = partnerTypes.map((value) => ({
  value,
  label: partnerTypeLabels[value],
}));
export const stageOptions = lifecycleStages.map((value) => ({
  value,
  label: lifecycleStageLabels[value],
}));

export const stageColors: Record<LifecycleStage, string> = {
  identified: 'gray',
  contacted: 'blue',
  exploring: 'cyan',
  negotiating: 'violet',
  signed: 'teal',
  active: 'green',
  renewing: 'yellow',
  exited: 'red',
};

export const maturityOptions = maturityLevels.map((value) => ({
  value,
  label: maturityLabels[value],
}));

/** Common tier names; any other text is accepted. */
export const tierSuggestions = ['Platinum', 'Gold', 'Silver', 'Registered'];
