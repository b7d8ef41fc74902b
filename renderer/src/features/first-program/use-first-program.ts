import {
  firstProgramSteps,
  type Agreement,
  type FirstProgramFields,
  type FirstProgramState,
  type FirstProgramStep,
  type Partner,
  type PartnerFields,
} from '../../../../shared/contract/index.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';

/** Every query a step's records can touch: refetched after each write of the guided start. */
export const firstProgramKeys = [
  'firstProgram',
  'partners',
  'fit',
  'agreements',
  'deliverables',
  'meetings',
  'actions',
  'decisions',
  'charters',
  'calendar',
  'actuals',
  'dashboard',
  'diagnostics',
  'health',
];

export function fieldsOf(state: FirstProgramState): FirstProgramFields {
  const { updatedAt: _updatedAt, ...fields } = state;
  return fields;
}

export function isFinished(state: FirstProgramState): boolean {
  return state.completed.length === firstProgramSteps.length;
}

export interface StepProps {
  state: FirstProgramState;
  /** Marks the step done and moves the flow on, saving any links to the records it made. */
  complete: (step: FirstProgramStep, links?: Partial<FirstProgramFields>) => Promise<void>;
  /** Saves links or choices without moving on. */
  update: (patch: Partial<FirstProgramFields>) => Promise<void>;
}

/** The guided start's saved progress, and how a step records itself as done. */
export function useFirstProgram() {
  const query = useApiQuery('firstProgram.get', {});
  const save = useApiMutation('firstProgram.save', firstProgramKeys);
  /** Marks the step done and moves on, with any links the step made. */
  const complete = async (step: FirstProgramStep, links: Partial<FirstProgramFields> = {}) => {
    if (!query.data) return;
    const completed = [...new Set([...query.data.completed, step])];
    // Redoing an earlier step never sends the flow back: it goes on from the first step not done.
    const after = firstProgramSteps.find((s) => !completed.includes(s)) ?? step;
    await save.mutateAsync({ ...fieldsOf(query.data), ...links, completed, step: after });
  };
  const update = async (patch: Partial<FirstProgramFields>) => {
    if (!query.data) return;
    await save.mutateAsync({ ...fieldsOf(query.data), ...patch });
  };
  return { query, save, complete, update };
}

/** A partner's editable fields, for an update that changes only a few of them. */
export function partnerFieldsOf(partner: Partner): PartnerFields {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = partner;
  return fields;
}

export function agreementFieldsOf(agreement: Agreement) {
  const { partnerId: _partnerId, updatedAt: _updatedAt, ...fields } = agreement;
  return fields;
}
