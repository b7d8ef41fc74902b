import {
  actionStatusLabels,
  actionStatuses,
  decisionKindLabels,
  decisionKinds,
  meetingKindLabels,
  meetingKinds,
  type ActionStatus,
  type DecisionKind,
  type MeetingKind,
} from '../../../../shared/contract/index.ts';
import type { PartnerFilter } from './PartnerFilterSelect.tsx';

export const meetingKindColors: Record<MeetingKind, string> = {
  check_in: 'blue',
  qbr: 'grape',
  steering: 'indigo',
  audit: 'orange',
};

export const actionStatusColors: Record<ActionStatus, string> = {
  open: 'blue',
  in_progress: 'yellow',
  done: 'teal',
  cancelled: 'gray',
};

export const decisionKindColors: Record<DecisionKind, string> = {
  renew: 'teal',
  adjust: 'blue',
  expand: 'grape',
  exit: 'red',
  other: 'gray',
};

export const meetingKindOptions = meetingKinds.map((k) => ({
  value: k,
  label: meetingKindLabels[k],
}));
export const actionStatusOptions = actionStatuses.map((s) => ({
  value: s,
  label: actionStatusLabels[s],
}));
export const decisionKindOptions = decisionKinds.map((k) => ({
  value: k,
  label: decisionKindLabels[k],
}));

/** The list input for a scope: everything, the program's own records, or one partnership's. */
export function scopeInput(filter: PartnerFilter): { partnerId?: number | null } {
  return filter === 'all' ? {} : { partnerId: filter };
}

/** Where new records go: the partner filtered on, or the program. */
export function defaultPartnerOf(filter: PartnerFilter): number | null {
  return filter === 'all' ? null : filter;
}

/** Mutations of this module refresh every governance list and the partner pages' summaries. */
export const governanceKeys = ['meetings', 'actions', 'decisions', 'questions', 'governance'];
