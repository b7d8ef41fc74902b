import type { DemoContext } from './demo-context.ts';

/**
 * The guided start half-way, as a founder would leave it: Lattice Loyalty found, called, typed
 * and drafted, waiting for the legal review.
 */
export async function createFirstProgram(ctx: DemoContext): Promise<void> {
  const meetings = await ctx.call('meetings.list', { partnerId: ctx.ids.lattice });
  const firstCall = meetings.find((m) => m.title.startsWith('First call'));
  await ctx.call('firstProgram.save', {
    step: 'legal',
    completed: ['candidates', 'outreach', 'firstCall', 'type', 'draft'],
    partnerId: ctx.ids.lattice,
    firstCallMeetingId: firstCall?.id ?? null,
  });
}
