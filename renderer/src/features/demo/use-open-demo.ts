import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { call, shell } from '../../api/client.ts';
import { apiKey } from '../../api/hooks.ts';

/** Builds a fresh demo workbook in the user-data folder and opens it on its dashboard. */
export function useOpenDemo() {
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      const info = await call('workbook.createDemo', {});
      client.removeQueries();
      client.setQueryData(apiKey('workbook.current', {}), info);
      shell?.workbookChanged({ title: info.title, path: info.path });
      navigate('/dashboard');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return { open, busy, error };
}
