import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import type { CreateWorkbookInput, WorkbookInfo } from '../../../../shared/contract/index.ts';
import { call, shell } from '../../api/client.ts';
import { apiKey, useApiQuery } from '../../api/hooks.ts';

export function useCurrentWorkbook() {
  return useApiQuery('workbook.current', {}, { staleTime: Infinity });
}

/** Opening, creating and closing workbooks: each resets every cached query of the previous one. */
export function useWorkbookActions() {
  const client = useQueryClient();
  const [, navigate] = useLocation();

  const enter = useCallback(
    (info: WorkbookInfo | null) => {
      client.removeQueries();
      client.setQueryData(apiKey('workbook.current', {}), info);
      shell?.workbookChanged(info ? { title: info.title, path: info.path } : null);
      navigate(info ? '/dashboard' : '/');
    },
    [client, navigate],
  );

  return {
    create: useCallback(
      async (input: CreateWorkbookInput) => enter(await call('workbook.create', input)),
      [enter],
    ),
    open: useCallback(
      async (path: string, readOnly = false) =>
        enter(await call('workbook.open', { path, readOnly })),
      [enter],
    ),
    saveAs: useCallback(
      async (path: string) => enter(await call('workbook.saveAs', { path })),
      [enter],
    ),
    importJson: useCallback(
      async (jsonText: string, to: string) =>
        enter(await call('workbook.importJson', { jsonText, to })),
      [enter],
    ),
    close: useCallback(async () => {
      await call('workbook.close', {});
      enter(null);
    }, [enter]),
  };
}
