import type { QueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { apiKey } from '../../api/hooks.ts';
import { localToday } from '../health/health-format.ts';

/** Hash paths that land on the dashboard: the shell sends every unknown path there. */
export function landsOnDashboard(location: string): boolean {
  return location === '/' || location === '' || location.startsWith('/dashboard');
}

/**
 * Seeds the query cache with an answer marked as old: the page shows it at once and still asks
 * again when it mounts, so nothing written in between is missed. Failures are not kept.
 */
function prefetch<M extends MethodName>(client: QueryClient, method: M, input: MethodInput<M>) {
  const key = apiKey(method, input);
  call(method, input).then(
    (value) => {
      if (client.getQueryState(key)?.data === undefined)
        client.setQueryData(key, value, { updatedAt: 1 });
    },
    () => undefined,
  );
}

/**
 * Asks for the dashboard's data right behind `workbook.current`, before the shell's code is even
 * requested, so the answer does not queue behind it and the dashboard renders as soon as its code
 * is there. With no workbook open the calls fail at once and nothing is kept.
 */
export function prefetchDashboardData(client: QueryClient): void {
  prefetch(client, 'dashboard.get', { today: localToday() });
  prefetch(client, 'settings.get', {});
  prefetch(client, 'firstProgram.get', {});
}
