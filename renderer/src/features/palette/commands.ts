import type { Icon } from '@tabler/icons-react';
import {
  IconAlertTriangle,
  IconCalendarPlus,
  IconDatabaseExport,
  IconDeviceFloppy,
  IconFileTypePdf,
  IconFolderOpen,
  IconKeyboard,
  IconLogout,
  IconMoonStars,
  IconSquarePlus,
  IconUserPlus,
} from '@tabler/icons-react';

/** What a command may do: the app's own actions, handed in by the palette. */
export interface CommandContext {
  navigate: (to: string) => void;
  newPartner: () => void;
  newRisk: () => void;
  newMeeting: () => void;
  backUpNow: () => void;
  toggleColorScheme: () => void;
  showDialog: (name: 'newWorkbook' | 'openWorkbook' | 'saveAs') => void;
  closeWorkbook: () => void;
  showShortcuts: () => void;
}

export interface Command {
  id: string;
  label: string;
  description: string;
  icon: Icon;
  /** Other words a user may type for it. */
  keywords: string[];
  /** The shortcut that does the same, as registry keys ("Mod" for Ctrl or ⌘). */
  shortcut?: string[];
  /** Writes to the workbook: hidden when it is open read-only. */
  writes?: boolean;
  run: (ctx: CommandContext) => void;
}

/** The palette's commands: each runs an action the app already has behind a button or menu. */
export const commands: Command[] = [
  {
    id: 'new-partner',
    label: 'New partner',
    description: 'Add an organisation to the partner list',
    icon: IconUserPlus,
    keywords: ['add', 'create', 'organisation', 'candidate'],
    writes: true,
    run: (ctx) => ctx.newPartner(),
  },
  {
    id: 'new-risk',
    label: 'New risk',
    description: 'Add a risk to the register, program-wide or for one partner',
    icon: IconAlertTriangle,
    keywords: ['add', 'create', 'register', 'threat'],
    writes: true,
    run: (ctx) => ctx.newRisk(),
  },
  {
    id: 'new-meeting',
    label: 'New meeting',
    description: 'A check-in, business review, steering meeting or audit, with its agenda',
    icon: IconCalendarPlus,
    keywords: ['add', 'create', 'qbr', 'check-in', 'steering', 'agenda'],
    writes: true,
    run: (ctx) => ctx.newMeeting(),
  },
  {
    id: 'export-pack',
    label: 'Export the governance pack',
    description: 'Choose sections, partners and period, then save the PDF',
    icon: IconFileTypePdf,
    keywords: ['pdf', 'print', 'report', 'steering', 'committee'],
    run: (ctx) => ctx.navigate('/pack-builder'),
  },
  {
    id: 'back-up',
    label: 'Back up now',
    description: 'A checked copy of the workbook, kept with the automatic backups',
    icon: IconDatabaseExport,
    keywords: ['backup', 'copy', 'save', 'snapshot'],
    run: (ctx) => ctx.backUpNow(),
  },
  {
    id: 'toggle-color-scheme',
    label: 'Switch light or dark',
    description: 'The colour scheme of the window, remembered',
    icon: IconMoonStars,
    keywords: ['theme', 'dark mode', 'light mode', 'colour', 'color'],
    shortcut: ['Mod', 'Shift', 'D'],
    run: (ctx) => ctx.toggleColorScheme(),
  },
  {
    id: 'save-as',
    label: 'Save a copy as…',
    description: 'Copy the workbook to a new file and continue in the copy',
    icon: IconDeviceFloppy,
    keywords: ['save as', 'duplicate', 'file'],
    run: (ctx) => ctx.showDialog('saveAs'),
  },
  {
    id: 'open-workbook',
    label: 'Open another workbook…',
    description: 'Close this one and open a .pwb file',
    icon: IconFolderOpen,
    keywords: ['file', 'switch', 'client'],
    run: (ctx) => ctx.showDialog('openWorkbook'),
  },
  {
    id: 'new-workbook',
    label: 'New workbook…',
    description: 'Start a workbook for another client engagement',
    icon: IconSquarePlus,
    keywords: ['create', 'file', 'client', 'engagement'],
    run: (ctx) => ctx.showDialog('newWorkbook'),
  },
  {
    id: 'close-workbook',
    label: 'Close the workbook',
    description: 'Every edit is already saved; back to the start screen',
    icon: IconLogout,
    keywords: ['exit', 'quit', 'start screen'],
    run: (ctx) => ctx.closeWorkbook(),
  },
  {
    id: 'shortcuts',
    label: 'Keyboard shortcuts',
    description: 'Every shortcut of the app, this page’s first',
    icon: IconKeyboard,
    keywords: ['keys', 'hotkeys', 'help'],
    shortcut: ['Shift', '?'],
    run: (ctx) => ctx.showShortcuts(),
  },
];

/** Whether a command or page matches what was typed: every word somewhere in its texts. */
export function matches(query: string, texts: readonly string[]): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = texts.join(' ').toLowerCase();
  return words.every((w) => haystack.includes(w));
}
