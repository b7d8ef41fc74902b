import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.ts';
import { call, type ApiCallError } from './client.ts';

/** Query keys start with the method name, so invalidating 'partners' refreshes every partners.* query. */
export function apiKey<M extends MethodName>(method: M, input?: MethodInput<M>): unknown[] {
  return [...method.split('.'), input ?? {}];
}

export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<MethodOutput<M>, ApiCallError>({
    queryKey: apiKey(method, input),
    queryFn: () => call(method, input),
    ...options,
  });
}

/**
 * A write: on success every query under the given prefixes (e.g. ['partners']) is refetched.
 * SQLite is the source of truth; the renderer holds no copy it must keep in sync by hand.
 */
export function useApiMutation<M extends MethodName>(method: M, invalidate: string[] = []) {
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, ApiCallError, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      await Promise.all(
        invalidate.map((prefix) => client.invalidateQueries({ queryKey: prefix.split('.') })),
      );
    },
  });
}
