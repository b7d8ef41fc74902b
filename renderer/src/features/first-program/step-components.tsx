import type { ComponentType } from 'react';
import type { FirstProgramStep } from '../../../../shared/contract/index.ts';
import { CampaignStep } from './steps/CampaignStep.tsx';
import { CandidatesStep } from './steps/CandidatesStep.tsx';
import { DraftStep } from './steps/DraftStep.tsx';
import { FirstCallStep } from './steps/FirstCallStep.tsx';
import { IterateStep } from './steps/IterateStep.tsx';
import { KickoffStep } from './steps/KickoffStep.tsx';
import { LegalStep } from './steps/LegalStep.tsx';
import { OutreachStep } from './steps/OutreachStep.tsx';
import { ReviewStep } from './steps/ReviewStep.tsx';
import { SignStep } from './steps/SignStep.tsx';
import { TypeStep } from './steps/TypeStep.tsx';
import type { StepProps } from './use-first-program.ts';

export const stepComponents: Record<FirstProgramStep, ComponentType<StepProps>> = {
  candidates: CandidatesStep,
  outreach: OutreachStep,
  firstCall: FirstCallStep,
  type: TypeStep,
  draft: DraftStep,
  legal: LegalStep,
  sign: SignStep,
  kickoff: KickoffStep,
  campaign: CampaignStep,
  review: ReviewStep,
  iterate: IterateStep,
};
