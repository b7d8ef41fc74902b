import type { FirstProgramStep } from '../../../../shared/contract/index.ts';

/** What each step asks, and the advice of the playbook behind it, in the app's own words. */
export const stepGuidance: Record<
  FirstProgramStep,
  { title: string; description: string; lead: string; tip: string }
> = {
  candidates: {
    title: 'Find 5 to 10 candidates',
    description: 'A quick fit score for each',
    lead: 'List the companies that already serve your customers and score each one quickly. You are looking for partners who complete what you offer.',
    tip: 'Complementary, not competitive: a CRM and an email tool make a good pair; two CRMs do not.',
  },
  outreach: {
    title: 'Reach out',
    description: 'Warm intro or cold email',
    lead: 'Contact the candidates that scored best, and mark each one you reached and how.',
    tip: 'An introduction from a shared customer, investor or friend is answered far more often than a cold email.',
  },
  firstCall: {
    title: 'First call',
    description: 'Explore the fit together',
    lead: 'In a first call, find out whether you share customers and what each side would want from working together. Their answer and yours become the goals of the partnership.',
    tip: 'Agree on a shared goal before anything else: when one side wants awareness and the other wants sales, campaigns fail.',
  },
  type: {
    title: 'Choose the partnership type',
    description: 'Co-marketing, integration, resale…',
    lead: 'Decide what kind of partnership to start with. You can grow into another kind later.',
    tip: 'Start with the lightest form that tests the idea: co-marketing needs no integration and no money changing hands.',
  },
  draft: {
    title: 'Draft the agreement',
    description: 'Scope, money, exclusivity, deliverables',
    lead: 'Write down what you will do together and what each side delivers. The key terms show what is still undecided.',
    tip: 'Define deliverables upfront, for both sides. Partnerships sour when one side ends up doing all the work.',
  },
  legal: {
    title: 'Legal review',
    description: 'If money, data or exclusivity is involved',
    lead: 'Have a lawyer read the draft when money, customer data or exclusivity is involved. A light co-marketing agreement may not need it.',
    tip: 'Data shared between companies needs written terms: what is shared, what it may be used for and how long it is kept.',
  },
  sign: {
    title: 'Sign',
    description: 'And name an owner on each side',
    lead: 'Record the signature and name the person who owns the partnership on each side.',
    tip: 'Assign a partnership manager on both sides. Without a named owner, campaigns fall through the cracks and the partnership quietly dies.',
  },
  kickoff: {
    title: 'Kick-off',
    description: 'Charter and first check-in',
    lead: 'Hold a kick-off to align on the first campaign. Start the partnership charter with a shared definition of success and a check-in rhythm.',
    tip: 'A 30-minute check-in every month and a review every quarter keep both sides honest about progress.',
  },
  campaign: {
    title: 'First campaign',
    description: 'A small test, budget split agreed',
    lead: 'Plan one joint campaign to test the partnership: small, with dates, a budget split you both agreed and the leads you expect.',
    tip: 'A joint webinar is a good first test: one speaker from each side, both promote it to their own lists.',
  },
  review: {
    title: 'Review results',
    description: 'Was it worth it?',
    lead: 'Enter what the campaign brought and what it cost, and judge whether the partnership is worth continuing.',
    tip: 'Look past registrations and reach: count qualified leads, deals and revenue against what the campaign cost.',
  },
  iterate: {
    title: 'Iterate or expand',
    description: 'Decide what comes next',
    lead: 'Decide what happens next: expand what works, adjust what does not, or end the partnership cleanly.',
    tip: 'Log the decision with its reason; the next quarterly review starts from it.',
  },
};
