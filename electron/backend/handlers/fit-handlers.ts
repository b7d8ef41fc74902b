import type { fitMethods } from '../../../shared/contract/fit.ts';
import { computeFit, fitRedFlagKeys } from '../../../shared/domain/fit.ts';
import type { HandlerMap } from '../handler-types.ts';

export const fitHandlers: HandlerMap<keyof typeof fitMethods> = {
  'fit.get': (input, { state }) => state.require().repos.fit.get(input.partnerId),
  'fit.save': ({ partnerId, ...fields }, { state }) =>
    state.require().repos.fit.save(partnerId, fields),
  'fit.list': (_input, { state }) => {
    const { repos } = state.require();
    const weights = repos.settings.get().params.fitWeights;
    return repos.fit.listAll().map((assessment) => {
      const result = computeFit({
        scores: Object.fromEntries(
          Object.entries(assessment.criteria).map(([key, c]) => [key, c.score]),
        ),
        weights,
        redFlags: fitRedFlagKeys.filter((flag) => assessment.redFlags[flag].raised),
      });
      return {
        partnerId: assessment.partnerId,
        score: result.score,
        verdict: result.verdict,
        redFlags: result.redFlags,
        unscored: result.unscored,
      };
    });
  },
};
