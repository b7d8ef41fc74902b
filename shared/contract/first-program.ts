import { z } from './zod.ts';
import { activity, activityFields } from './calendar.ts';
import { empty, id } from './common.ts';
import { mutation, query } from './define.ts';
import { fitAssessmentFields } from './fit.ts';
import { decisionFields, decisionRecord, meeting, meetingFields } from './meetings.ts';
import { partner, partnerFields } from './partners.ts';

/** The launch checklist of source 001, one step each, in order (M16). */
export const firstProgramSteps = [
  'candidates',
  'outreach',
  'firstCall',
  'type',
  'draft',
  'legal',
  'sign',
  'kickoff',
  'campaign',
  'review',
  'iterate',
] as const;
export type FirstProgramStep = (typeof firstProgramSteps)[number];

export const firstProgramStepLabels: Record<FirstProgramStep, string> = {
  candidates: 'Find candidates',
  outreach: 'Reach out',
  firstCall: 'First call',
  type: 'Partnership type',
  draft: 'Draft the agreement',
  legal: 'Legal review',
  sign: 'Sign',
  kickoff: 'Kick-off',
  campaign: 'First campaign',
  review: 'Review results',
  iterate: 'Iterate or expand',
};

export const legalReviewChoices = ['needed', 'not_needed'] as const;

/** Where the founder is in the guided start, and the records it made. Saved after each step. */
export const firstProgramFields = z.object({
  step: z.enum(firstProgramSteps, { message: 'Pick a step' }),
  completed: z
    .array(z.enum(firstProgramSteps))
    .max(firstProgramSteps.length)
    .default([])
    .transform((steps) => firstProgramSteps.filter((s) => steps.includes(s))),
  /** The candidate chosen after the first call: the rest of the flow is about this partnership. */
  partnerId: id.nullable().default(null),
  firstCallMeetingId: id.nullable().default(null),
  kickoffMeetingId: id.nullable().default(null),
  campaignActivityId: id.nullable().default(null),
  reviewMeetingId: id.nullable().default(null),
  decisionId: id.nullable().default(null),
  legalReview: z.enum(legalReviewChoices).nullable().default(null),
});
export type FirstProgramFields = z.input<typeof firstProgramFields>;

export const firstProgramState = z.object({
  step: z.enum(firstProgramSteps),
  completed: z.array(z.enum(firstProgramSteps)),
  partnerId: id.nullable(),
  firstCallMeetingId: id.nullable(),
  kickoffMeetingId: id.nullable(),
  campaignActivityId: id.nullable(),
  reviewMeetingId: id.nullable(),
  decisionId: id.nullable(),
  legalReview: z.enum(legalReviewChoices).nullable(),
  /** Null until the guided start is first saved. */
  updatedAt: z.string().nullable(),
});
export type FirstProgramState = z.infer<typeof firstProgramState>;

/** The meetings the guided start records, by the link that remembers each. */
export const firstProgramMeetingSlots = [
  'firstCallMeetingId',
  'kickoffMeetingId',
  'reviewMeetingId',
] as const;
export type FirstProgramMeetingSlot = (typeof firstProgramMeetingSlots)[number];

/** A candidate and its quick fit score; a candidate of the same name is the same candidate. */
export const firstProgramCandidate = z.object({
  name: partnerFields.shape.name,
  type: partnerFields.shape.type,
  fit: fitAssessmentFields,
});
export type FirstProgramCandidate = z.input<typeof firstProgramCandidate>;

export const firstProgramMethods = {
  /** A workbook that never started the guided flow reads as its first step, nothing done. */
  'firstProgram.get': query(empty, firstProgramState),
  'firstProgram.save': mutation(firstProgramFields, firstProgramState),
  // A step done again updates the record it made the first time (the link in the saved state)
  // instead of making a second one; the link is saved with the record, in the same transaction.
  'firstProgram.saveCandidate': mutation(firstProgramCandidate, partner),
  'firstProgram.saveMeeting': mutation(
    z.object({ slot: z.enum(firstProgramMeetingSlots), fields: meetingFields }),
    meeting,
  ),
  'firstProgram.saveCampaign': mutation(activityFields, activity),
  'firstProgram.saveDecision': mutation(decisionFields, decisionRecord),
} as const;
