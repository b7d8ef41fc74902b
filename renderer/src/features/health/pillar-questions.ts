import type { HealthPillar } from '../../../../shared/contract/index.ts';

/** What each side asks itself per pillar; adapted from the seven-pillar assessment of source 000. */
export const pillarQuestions: Readonly<Record<HealthPillar, string>> = {
  purpose: 'Do both sides agree why this partnership exists and what value it should create?',
  governance: 'Are the agreement, decision rights and meetings clear, and used by both sides?',
  culture: 'Do the teams work together with trust, or guard their own turf?',
  incentives: 'Is each side rewarded when the partnership succeeds, so both keep contributing?',
  knowledge: 'Do the teams share data, insight and know-how openly enough to improve?',
  technology: 'Do tools and integrations make joint work and tracking easy?',
  resilience: 'Would the partnership hold if the market shifted or a key person left?',
};
