import { create } from 'zustand';

/** One undoable edit of a canvas; both directions call the backend, which stays the source of truth. */
export interface Command {
  /** What the edit did, for tooltips: "add a pain". */
  label: string;
  run(): Promise<void>;
  revert(): Promise<void>;
}

const maxDepth = 200;

interface CommandStackState {
  /** The canvas whose visit these edits belong to; another canvas starts a new history. */
  scope: string | null;
  done: Command[];
  undone: Command[];
  busy: boolean;
}

interface CommandStackActions {
  enter(scope: string): void;
  leave(scope: string): void;
  execute(command: Command): Promise<void>;
  undo(): Promise<Command | null>;
  redo(): Promise<Command | null>;
}

export const initialCommandStackState: CommandStackState = {
  scope: null,
  done: [],
  undone: [],
  busy: false,
};

/**
 * Commands run one after another, never interleaved: a fast Ctrl+Z Ctrl+Z waits for the first
 * undo to reach the database before the second starts.
 */
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

export const useCommandStack = create<CommandStackState & CommandStackActions>()((set, get) => {
  const step = (
    direction: 'undo' | 'redo',
    from: 'done' | 'undone',
    to: 'done' | 'undone',
  ): Promise<Command | null> =>
    serialised(async () => {
      const scope = get().scope;
      const command = get()[from].at(-1);
      if (!command) return null;
      set({ busy: true });
      try {
        await (direction === 'undo' ? command.revert() : command.run());
        if (get().scope === scope) {
          set((s) => ({ [from]: s[from].slice(0, -1), [to]: [...s[to], command] }));
        }
        return command;
      } catch (error) {
        // The edit can no longer be reversed (its record changed since); drop it from history.
        if (get().scope === scope) set((s) => ({ [from]: s[from].slice(0, -1) }));
        throw error;
      } finally {
        set({ busy: false });
      }
    });

  return {
    ...initialCommandStackState,
    enter: (scope) => {
      if (get().scope !== scope) set({ ...initialCommandStackState, scope });
    },
    leave: (scope) => {
      if (get().scope === scope) set(initialCommandStackState);
    },
    execute: (command) =>
      serialised(async () => {
        const scope = get().scope;
        set({ busy: true });
        try {
          await command.run();
          if (get().scope === scope) {
            set((s) => ({ done: [...s.done, command].slice(-maxDepth), undone: [] }));
          }
        } finally {
          set({ busy: false });
        }
      }),
    undo: () => step('undo', 'done', 'undone'),
    redo: () => step('redo', 'undone', 'done'),
  };
});
