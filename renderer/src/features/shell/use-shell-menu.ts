import { useMantineColorScheme, useComputedColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import type { MenuEvent } from '../../../../shared/contract/index.ts';
import { ApiCallError, shell } from '../../api/client.ts';
import { useDialogStore } from '../../stores/dialog-store.ts';
import { useCurrentWorkbook, useWorkbookActions } from './use-workbook.ts';

const failure = (error: unknown) =>
  notifications.show({
    color: 'red',
    title: 'That did not work',
    message: error instanceof ApiCallError ? error.message : String(error),
  });

/** Routes the desktop menu's commands to the same actions the buttons use. */
export function useShellMenu(): void {
  const actions = useWorkbookActions();
  const show = useDialogStore((s) => s.show);
  const current = useCurrentWorkbook();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  const [, navigate] = useLocation();

  const handler = useRef<(event: MenuEvent) => void>(() => undefined);
  useEffect(() => {
    handler.current = (event) => {
      switch (event.command) {
        case 'new':
          return show('newWorkbook');
        case 'open':
          return show('openWorkbook');
        case 'openRecent':
          if (event.path) actions.open(event.path).catch(failure);
          return;
        case 'saveAs':
          if (current.data) show('saveAs');
          return;
        case 'close':
          if (current.data) actions.close().catch(failure);
          return;
        case 'toggleDark':
          return setColorScheme(computed === 'dark' ? 'light' : 'dark');
        case 'settings':
          if (current.data) navigate('/settings');
          return;
        case 'exportPdf':
          if (current.data) navigate('/pack-builder');
          return;
      }
    };
  });

  useEffect(() => shell?.onMenu((event) => handler.current(event)), []);
}
