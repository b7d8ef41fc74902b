import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { SimulationJob } from '../../../../shared/contract/index.ts';
import { call, type ApiCallError } from '../../api/client.ts';
import { apiKey, useApiQuery } from '../../api/hooks.ts';
import { useCurrentWorkbook } from '../shell/use-workbook.ts';
import { scopeKey, useEconomicsStore } from './economics-store.ts';

const settled: ReadonlySet<SimulationJob['status']> = new Set(['done', 'cancelled', 'failed']);

export const isSettled = (job: SimulationJob | undefined) => !!job && settled.has(job.status);

/**
 * The scope's latest Monte Carlo run: started in the backend's worker, then polled (every 200 ms
 * while it runs) for progress; cancel asks the worker to stop between batches.
 */
export function useSimulation(partnerId: number | null) {
  // Keyed by workbook too: partner 3 of another workbook is another partner.
  const workbook = useCurrentWorkbook().data?.path ?? '';
  const scope = `${workbook}#${scopeKey(partnerId)}`;
  const jobId = useEconomicsStore((s) => s.jobs[scope]);
  const setJob = useEconomicsStore((s) => s.setJob);
  const lastDone = useEconomicsStore((s) => s.done[scope]);
  const setDone = useEconomicsStore((s) => s.setDone);
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const job = useApiQuery(
    'forecast.job',
    { jobId: jobId ?? '' },
    {
      enabled: jobId !== undefined,
      refetchInterval: (query) => (isSettled(query.state.data) ? false : 200),
      staleTime: Infinity,
    },
  );

  const finished = job.data?.status === 'done' ? job.data : undefined;
  useEffect(() => {
    if (finished && finished.jobId !== lastDone?.jobId) setDone(scope, finished);
  }, [finished, lastDone, scope, setDone]);

  const start = useCallback(async () => {
    setError(null);
    setStarting(true);
    try {
      const started = await call('forecast.simulate', { partnerId });
      client.setQueryData(apiKey('forecast.job', { jobId: started.jobId }), started);
      setJob(scope, started.jobId);
    } catch (e) {
      setError((e as ApiCallError).message);
    } finally {
      setStarting(false);
    }
  }, [client, partnerId, scope, setJob]);

  const cancel = useCallback(async () => {
    if (!jobId) return;
    try {
      const status = await call('forecast.cancel', { jobId });
      client.setQueryData(apiKey('forecast.job', { jobId }), status);
    } catch (e) {
      setError((e as ApiCallError).message);
    }
  }, [client, jobId]);

  return {
    job: jobId === undefined ? undefined : job.data,
    /** The latest completed run, whose band is drawn. */
    lastDone: finished ?? lastDone,
    hasJob: jobId !== undefined,
    lost: job.isError,
    starting,
    error,
    start,
    cancel,
  };
}
