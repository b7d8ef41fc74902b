import type { Charter, CharterContent, Partner } from '../../../../shared/contract/index.ts';
import { newRowKey } from './governance-format.ts';

export const blankCharter: CharterContent = {
  strategicIntent: '',
  scope: '',
  successDefinition: '',
  members: [],
  decisions: [],
  checkInCadence: null,
  quarterlyReview: false,
  annualAudit: false,
  cadenceNotes: '',
  escalation: [],
  conflictResolution: '',
  reportingProtocol: '',
};

export function contentOf(charter: Charter): CharterContent {
  const { id: _id, partnerId: _p, version: _v, updatedAt: _u, ...content } = charter;
  return content;
}

/**
 * A first draft to edit rather than a blank page: the owners already named on the partner record,
 * the rhythm the playbook recommends (monthly check-in, quarterly review) with a yearly audit, and
 * a three-step escalation path. Decisions are left for the workshop to name.
 */
export function starterCharter(
  partner: Pick<Partner, 'ownerOurs' | 'ownerTheirs'> | null,
): CharterContent {
  const members: CharterContent['members'] = [];
  if (partner?.ownerOurs)
    members.push({
      key: newRowKey(),
      name: partner.ownerOurs,
      role: 'Partnership owner',
      side: 'ours',
    });
  if (partner?.ownerTheirs)
    members.push({
      key: newRowKey(),
      name: partner.ownerTheirs,
      role: 'Partnership owner',
      side: 'theirs',
    });
  return {
    ...blankCharter,
    members,
    checkInCadence: 'monthly',
    quarterlyReview: true,
    annualAudit: true,
    escalation: [
      {
        key: newRowKey(),
        who: 'Partnership owners on both sides',
        responseTime: '2 business days',
      },
      { key: newRowKey(), who: 'Heads of partnerships', responseTime: '1 week' },
      { key: newRowKey(), who: 'Executive sponsors (steering committee)', responseTime: '2 weeks' },
    ],
  };
}

/** The parts of a charter still missing, in reading order; an empty list means complete. */
export function charterGaps(content: CharterContent): string[] {
  const gaps: string[] = [];
  const has = (text: string) => text.trim() !== '';
  if (!has(content.strategicIntent)) gaps.push('strategic intent');
  if (!has(content.scope)) gaps.push('scope');
  if (!has(content.successDefinition)) gaps.push('definition of success');
  const sides = new Set(content.members.map((m) => m.side));
  if (sides.size < 2) gaps.push('members from both sides');
  if (content.decisions.length === 0) gaps.push('decision rights');
  if (content.checkInCadence === null) gaps.push('check-in cadence');
  if (content.escalation.length === 0) gaps.push('escalation path');
  if (!has(content.conflictResolution)) gaps.push('conflict resolution');
  if (!has(content.reportingProtocol)) gaps.push('reporting protocol');
  return gaps;
}

export const charterPartCount = 9;
