import {
  agreementStatusLabels,
  agreementStatuses,
  deliverableStatusLabels,
  deliverableStatuses,
  type Agreement,
  type AgreementFields,
  type AgreementStatus,
  type DeliverableStatus,
} from '../../../../shared/contract/index.ts';

export const agreementStatusOptions = agreementStatuses.map((value) => ({
  value,
  label: agreementStatusLabels[value],
}));

export const agreementStatusColors: Record<AgreementStatus, string> = {
  none: 'gray',
  draft: 'blue',
  in_review: 'violet',
  signed: 'teal',
  expired: 'orange',
  terminated: 'red',
};

export const deliverableStatusOptions = deliverableStatuses.map((value) => ({
  value,
  label: deliverableStatusLabels[value],
}));

export const deliverableStatusColors: Record<DeliverableStatus, string> = {
  planned: 'gray',
  in_progress: 'blue',
  done: 'teal',
  dropped: 'dark',
};

export const logoPlaceSuggestions = [
  'Website',
  'Co-branded materials',
  'Advertising',
  'Press releases',
  'Social media',
  'Events',
  'Sales decks',
];

export type AgreementForm = Required<AgreementFields>;

export function agreementFormOf(agreement: Agreement): AgreementForm {
  const { partnerId: _p, updatedAt: _u, ...fields } = agreement;
  return fields;
}
