import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useCommandStack, type Command } from './command-stack.ts';

const none: Command[] = [];

function reportFailure(title: string, error: unknown) {
  notifications.show({
    color: 'red',
    title,
    message: error instanceof Error ? error.message : String(error),
  });
}

/**
 * Undo and redo for the edits of this visit to one canvas (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y).
 * Every command refetches the given query prefix after it ran, so the view shows what was saved.
 */
export function useCanvasHistory(scope: string, queryPrefix: string) {
  const client = useQueryClient();
  const enter = useCommandStack((s) => s.enter);
  const leave = useCommandStack((s) => s.leave);
  const done = useCommandStack((s) => (s.scope === scope ? s.done : none));
  const undone = useCommandStack((s) => (s.scope === scope ? s.undone : none));
  const busy = useCommandStack((s) => s.busy);

  useEffect(() => {
    enter(scope);
    return () => leave(scope);
  }, [scope, enter, leave]);

  const refresh = useCallback(
    () => client.invalidateQueries({ queryKey: queryPrefix.split('.') }),
    [client, queryPrefix],
  );

  /** Runs an edit and records it; resolves false (after telling the user) when it failed. */
  const execute = useCallback(
    async (command: Command): Promise<boolean> => {
      const refreshing: Command = {
        label: command.label,
        run: async () => {
          try {
            await command.run();
          } finally {
            await refresh();
          }
        },
        revert: async () => {
          try {
            await command.revert();
          } finally {
            await refresh();
          }
        },
      };
      try {
        await useCommandStack.getState().execute(refreshing);
        return true;
      } catch (error) {
        reportFailure('Not saved', error);
        return false;
      }
    },
    [refresh],
  );

  const undo = useCallback(async () => {
    try {
      await useCommandStack.getState().undo();
    } catch (error) {
      reportFailure('Could not undo', error);
    }
  }, []);

  const redo = useCallback(async () => {
    try {
      await useCommandStack.getState().redo();
    } catch (error) {
      reportFailure('Could not redo', error);
    }
  }, []);

  useHotkeys([
    ['mod+Z', () => void undo()],
    ['mod+shift+Z', () => void redo()],
    ['mod+Y', () => void redo()],
  ]);

  return {
    execute,
    undo,
    redo,
    busy,
    undoLabel: done.at(-1)?.label ?? null,
    redoLabel: undone.at(-1)?.label ?? null,
  };
}
export type CanvasHistory = ReturnType<typeof useCanvasHistory>;
