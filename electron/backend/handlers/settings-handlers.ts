import type { settingsMethods } from '../../../shared/contract/settings.ts';
import type { HandlerMap } from '../handler-types.ts';

export const settingsHandlers: HandlerMap<keyof typeof settingsMethods> = {
  'settings.get': (_input, { state }) => state.require().repos.settings.get(),
  'settings.update': (input, { state }) => state.require().repos.settings.update(input),
  'settings.updateParams': (input, { state }) => state.require().repos.settings.updateParams(input),
  'settings.getLogo': (_input, { state }) => state.require().repos.settings.getLogo(),
  'settings.setLogo': (input, { state }) => {
    state.require().repos.settings.setLogo(input);
    return null;
  },
  'settings.clearLogo': (_input, { state }) => {
    state.require().repos.settings.setLogo(null);
    return null;
  },
};
