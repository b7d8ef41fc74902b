import type { FitCriterionKey } from '../../../shared/domain/fit.ts';
import type { DemoContext, PartnerKey } from './demo-context.ts';
import { demoPartners } from './demo-partner-data.ts';

/** The order of the scores in the partner data. */
const fitOrder: readonly FitCriterionKey[] = [
  'complementary',
  'sharedAudience',
  'customerIntent',
  'brandValues',
  'strategicFit',
  'resourceCommitment',
  'channelConflictRisk',
];

/** Partners, their contacts and fit assessments. */
export async function createPartners(ctx: DemoContext): Promise<void> {
  for (const key of Object.keys(demoPartners) as PartnerKey[]) {
    const spec = demoPartners[key];
    const partner = await ctx.call('partners.create', spec.fields);
    ctx.ids[key] = partner.id;
    for (const contact of spec.contacts) {
      await ctx.call('contacts.create', { ...contact, partnerId: partner.id });
    }
    if (spec.fit) {
      const scores = spec.fit;
      const criteria = Object.fromEntries(
        fitOrder.map((criterion, index) => [
          criterion,
          { score: scores[index] ?? null, note: spec.fitNotes?.[criterion] ?? '' },
        ]),
      );
      await ctx.call('fit.save', {
        partnerId: partner.id,
        criteria,
        redFlags: spec.competitor
          ? { directCompetitor: { raised: true, note: spec.competitor } }
          : {},
      });
    }
  }
}
