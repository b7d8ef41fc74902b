import type { WorkbookDb } from '../open.ts';
import { createActionRepository } from './action-repository.ts';
import { createCharterRepository } from './charter-repository.ts';
import { createDecisionRepository } from './decision-repository.ts';
import { createMeetingRepository } from './meeting-repository.ts';
import { createRiskRepository } from './risk-repository.ts';

/** The repositories of M4–M6 (risks, charters, meetings, actions, decisions), wired together. */
export function createGovernanceRepositories(db: WorkbookDb) {
  const meetings = createMeetingRepository(db);
  return {
    risks: createRiskRepository(db),
    charters: createCharterRepository(db),
    meetings,
    actions: createActionRepository(db, meetings),
    decisions: createDecisionRepository(db, meetings),
  };
}
