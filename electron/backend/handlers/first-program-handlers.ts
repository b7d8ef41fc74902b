import type { firstProgramMethods } from '../../../shared/contract/first-program.ts';
import type { HandlerMap } from '../handler-types.ts';

export const firstProgramHandlers: HandlerMap<keyof typeof firstProgramMethods> = {
  'firstProgram.get': (_input, { state }) => state.require().repos.firstProgram.get(),
  'firstProgram.save': (input, { state }) => {
    const { repos } = state.require();
    // Says "that partner no longer exists" rather than failing on the foreign key.
    if (input.partnerId !== null) repos.partners.get(input.partnerId);
    return repos.firstProgram.save(input);
  },
};
