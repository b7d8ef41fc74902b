import type { Shortcut } from './ShortcutsHelp.tsx';

/** The value proposition canvas's keys: its own help popover and the app's shortcuts sheet. */
export const canvasShortcuts: Shortcut[] = [
  { keys: ['Tab'], does: 'Next note or button' },
  { keys: ['↑ / ↓'], does: 'Previous or next note in a zone' },
  { keys: ['Enter'], does: 'Edit the note; in an editor, keep it' },
  { keys: ['Shift', 'Enter'], does: 'New line in an editor' },
  { keys: ['Esc'], does: 'Leave the editor without keeping it' },
  { keys: ['Alt', '↑'], does: 'Rank higher' },
  { keys: ['Alt', '↓'], does: 'Rank lower' },
  { keys: ['L'], does: 'Link a reliever, creator, pain or gain' },
  { keys: ['K'], does: 'Change the kind of a job' },
  { keys: ['S'], does: 'Move a product to the other side' },
  { keys: ['Del'], does: 'Delete the note (undo brings it back)' },
  { keys: ['Ctrl', 'Z'], does: 'Undo' },
  { keys: ['Ctrl', 'Shift', 'Z'], does: 'Redo' },
];
