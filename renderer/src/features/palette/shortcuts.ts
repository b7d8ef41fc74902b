import { canvasShortcuts } from '../canvas/canvas-shortcuts.ts';

export interface ShortcutEntry {
  /** Keys pressed together; "Mod" is Ctrl, or ⌘ on a Mac. */
  keys: string[];
  does: string;
}

export interface ShortcutGroup {
  title: string;
  /** The locations where these keys work, to list them first there; none for everywhere. */
  match?: RegExp;
  /** Only in the desktop app (its menu's accelerators). */
  desktopOnly?: boolean;
  shortcuts: ShortcutEntry[];
}

/**
 * Every keyboard shortcut the app answers, where it answers it. Each entry mirrors a `useHotkeys`
 * (or a menu accelerator) in the code; one added there is added here.
 */
export const shortcutGroups: ShortcutGroup[] = [
  {
    title: 'Everywhere in a workbook',
    shortcuts: [
      { keys: ['Mod', 'K'], does: 'Search pages, partners and commands' },
      { keys: ['Shift', '?'], does: 'This list of shortcuts' },
      { keys: ['Alt', 'D'], does: 'Dashboard' },
      { keys: ['Mod', '1'], does: 'Partners' },
      { keys: ['Mod', ','], does: 'Workbook settings' },
      { keys: ['Mod', 'Shift', 'D'], does: 'Switch light or dark' },
    ],
  },
  {
    title: 'Desktop app menu',
    desktopOnly: true,
    shortcuts: [
      { keys: ['Mod', 'N'], does: 'New workbook' },
      { keys: ['Mod', 'O'], does: 'Open a workbook' },
      { keys: ['Mod', 'Shift', 'S'], does: 'Save a copy as' },
      { keys: ['Mod', 'P'], does: 'Export the governance pack as PDF' },
      { keys: ['Mod', 'W'], does: 'Close the workbook' },
    ],
  },
  {
    title: 'Dashboard',
    match: /^\/dashboard/,
    shortcuts: [
      { keys: ['Alt', 'R'], does: 'Refresh the figures' },
      { keys: ['Alt', 'T'], does: 'Show every chart as a table, or as charts again' },
    ],
  },
  {
    title: 'Partners',
    match: /^\/partners$/,
    shortcuts: [
      { keys: ['Alt', 'N'], does: 'Add a partner' },
      { keys: ['Alt', 'I'], does: 'Import partners from CSV' },
      { keys: ['Alt', 'E'], does: 'Export the partners shown as CSV' },
      { keys: ['Alt', 'B'], does: 'Switch between list and pipeline board' },
      { keys: ['/'], does: 'Search' },
      { keys: ['Space'], does: 'Board: pick up or drop the focused card' },
      { keys: ['← / →'], does: 'Board: move a picked-up card to the next stage' },
    ],
  },
  {
    title: 'A partner page',
    match: /^\/partners\/\d+/,
    shortcuts: [
      { keys: ['Alt', 'N'], does: 'Health tab: new health check; Meetings tab: new meeting' },
      { keys: ['Alt', 'E'], does: 'Contacts or Actuals tab: export as CSV' },
      { keys: ['Alt', 'I'], does: 'Actuals tab: import actuals from CSV' },
      { keys: ['Alt', 'H'], does: 'Charter tab: version history' },
      { keys: ['Alt', 'A'], does: 'Meetings tab: new action' },
    ],
  },
  {
    title: 'Value proposition canvas (partner page, Canvas tab)',
    match: /^\/partners\/\d+/,
    shortcuts: canvasShortcuts.map((s) => ({
      keys: s.keys.map((k) => (k === 'Ctrl' ? 'Mod' : k)),
      does: String(s.does),
    })),
  },
  {
    title: 'Calendar',
    match: /^\/calendar/,
    shortcuts: [
      { keys: ['Alt', 'N'], does: 'New activity' },
      { keys: ['T'], does: 'Back to today' },
      { keys: ['Alt', '←'], does: 'Previous month or period' },
      { keys: ['Alt', '→'], does: 'Next month or period' },
      { keys: ['Alt', 'E'], does: 'Export the activities shown as CSV' },
      { keys: ['Mod', 'Enter'], does: 'In the activity editor: save' },
    ],
  },
  {
    title: 'KPIs and monthly figures',
    match: /^\/kpis|^\/partners\/\d+/,
    shortcuts: [
      { keys: ['Alt', 'N'], does: 'KPIs page: add a top-level KPI' },
      { keys: ['↑ / ↓'], does: 'Figures grid: row above or below' },
      { keys: ['Tab'], does: 'Figures grid: next cell' },
      { keys: ['Enter'], does: 'Figures grid: save and go down' },
      { keys: ['Esc'], does: 'Figures grid: undo the typing in the cell' },
    ],
  },
  {
    title: 'Risks',
    match: /^\/risks/,
    shortcuts: [
      { keys: ['Alt', 'N'], does: 'Add a risk' },
      { keys: ['/'], does: 'Search' },
      { keys: ['Esc'], does: 'Clear the heat-map cell filter' },
      { keys: ['Alt', 'E'], does: 'Export the risks shown as CSV' },
    ],
  },
  {
    title: 'Program charter',
    match: /^\/charter/,
    shortcuts: [{ keys: ['Alt', 'H'], does: 'Version history' }],
  },
  {
    title: 'Meetings & actions',
    match: /^\/meetings$/,
    shortcuts: [
      { keys: ['Alt', 'N'], does: 'New meeting' },
      { keys: ['Alt', 'A'], does: 'New action' },
      { keys: ['Alt', 'E'], does: 'Export the actions or decisions shown as CSV' },
    ],
  },
  {
    title: 'A meeting',
    match: /^\/meetings\/\d+/,
    shortcuts: [
      { keys: ['Alt', 'A'], does: 'New action from this meeting' },
      { keys: ['Alt', 'D'], does: 'Record a decision (instead of going to the dashboard)' },
    ],
  },
  {
    title: 'Ecosystem map',
    match: /^\/ecosystem/,
    shortcuts: [
      { keys: ['Del'], does: 'Delete the selection (undo brings it back)' },
      { keys: ['F'], does: 'Fit the map to the screen' },
      { keys: ['Mod', 'Z'], does: 'Undo' },
      { keys: ['Mod', 'Shift', 'Z'], does: 'Redo' },
      { keys: ['Esc'], does: 'Leave presentation mode' },
    ],
  },
  {
    title: 'Governance pack',
    match: /^\/pack-builder/,
    shortcuts: [{ keys: ['Mod', 'P'], does: 'Export the pack as PDF' }],
  },
];

/** The groups for this screen: those of the current page first, then the rest. */
export function shortcutGroupsFor(location: string, desktop: boolean): ShortcutGroup[] {
  const shown = shortcutGroups.filter((g) => desktop || !g.desktopOnly);
  const here = shown.filter((g) => g.match?.test(location));
  return [...here, ...shown.filter((g) => !here.includes(g))];
}
