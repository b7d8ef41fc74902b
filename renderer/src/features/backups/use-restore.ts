import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import type { WorkbookInfo } from '../../../../shared/contract/index.ts';
import { ApiCallError, call, shell } from '../../api/client.ts';
import { apiKey } from '../../api/hooks.ts';

/**
 * Restores a backup and enters the restored workbook the way opening one does: every cached query
 * of the replaced state is dropped, the shell learns the workbook changed, the page starts over.
 */
export function useRestore() {
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);

  const restore = useCallback(
    async (backupId: string, path?: string): Promise<WorkbookInfo | null> => {
      setError(null);
      setRestoring(backupId);
      try {
        const info = await call('backups.restore', path ? { backupId, path } : { backupId });
        client.removeQueries();
        client.setQueryData(apiKey('workbook.current', {}), info);
        shell?.workbookChanged({ title: info.title, path: info.path });
        navigate('/dashboard');
        return info;
      } catch (e) {
        setError(e instanceof ApiCallError ? e.message : String(e));
        return null;
      } finally {
        setRestoring(null);
      }
    },
    [client, navigate],
  );

  return { restore, error, restoring };
}
