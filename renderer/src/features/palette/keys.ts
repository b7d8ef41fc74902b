const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How this platform names the command key: ⌘ on a Mac, Ctrl elsewhere. */
export const modKey = mac ? '⌘' : 'Ctrl';

/** A shortcut as written in the registry ("Mod" for Ctrl or ⌘), as the keys to press here. */
export const keysFor = (keys: readonly string[]): string[] =>
  keys.map((k) => (k === 'Mod' ? modKey : k));
