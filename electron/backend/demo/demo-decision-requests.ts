import type { DemoContext } from './demo-context.ts';

/** Items flagged for a decision at the next steering meeting, and an open question. */
export async function createDecisionRequests(ctx: DemoContext): Promise<void> {
  await ctx.call('actions.create', {
    partnerId: ctx.ids.brightpath,
    title: 'Prepare the Brightpath renewal recommendation',
    owner: 'Tom Becker',
    dueDate: ctx.day(14),
    status: 'in_progress',
    forDecision: true,
    decisionQuestion:
      'Renew Brightpath for 24 months on the current terms, or renegotiate exclusivity?',
  });
  await ctx.call('actions.create', {
    partnerId: ctx.ids.summit,
    title: 'Split the Summit booth cost with Quillmail',
    owner: 'Daniel Reyes',
    dueDate: ctx.day(10),
    forDecision: true,
    decisionQuestion: 'Approve the $40,000 booth, split 50/50 with Quillmail?',
  });
  await ctx.call('questions.create', {
    partnerId: ctx.ids.stackhouse,
    question: 'May Stackhouse resell Tidewater outside the EU?',
    context: 'Stackhouse opened a UK catalogue, where Northstar is our reseller.',
    raisedBy: 'Elena Petrova',
    forDecision: true,
  });
  await ctx.call('questions.create', {
    partnerId: null,
    question: 'Do we need a partner portal this year, or is the shared drive enough?',
    raisedBy: 'Priya Nair',
  });
}
