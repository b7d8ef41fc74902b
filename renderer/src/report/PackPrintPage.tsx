import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import {
  packOptions,
  packOptionsFromQuery,
  type PackData,
} from '../../../shared/contract/index.ts';
import { call, type ApiCallError } from '../api/client.ts';
import { PackDocument } from './PackDocument.tsx';

const PRINT_READY_ATTRIBUTE = 'data-print-ready';
/** Tells the printer this page follows its fragment (see electron/backend/printer.ts). */
const PRINT_FOLLOWS_FRAGMENT_ATTRIBUTE = 'data-print-follows-fragment';

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/**
 * The print route: no app chrome, only the pack, then a signal that it is laid out. It follows
 * its URL's fragment, so a printer keeps it open and prints the next pass (the contents' page
 * numbers) or the next pack by changing the fragment instead of loading the app again.
 */
export default function PackPrintPage() {
  const hash = useSyncExternalStore(subscribeToHash, currentHash);
  useEffect(() => {
    document.documentElement.setAttribute(PRINT_FOLLOWS_FRAGMENT_ATTRIBUTE, '');
    return () => document.documentElement.removeAttribute(PRINT_FOLLOWS_FRAGMENT_ATTRIBUTE);
  }, []);
  const query = hash.split('?')[1] ?? '';
  const parsed = packOptions.safeParse(packOptionsFromQuery(query));
  if (!parsed.success) {
    return <p role="alert">This pack link is not valid: {parsed.error.issues[0]?.message}</p>;
  }
  const job = new URLSearchParams(query).get('job') ?? '';
  return <PackPrint options={parsed.data} job={job} hash={hash} />;
}

interface PackPrintProps {
  options: ReturnType<typeof packOptions.parse>;
  /** One export's passes share a job and its data; each export is a new job with fresh data. */
  job: string;
  hash: string;
}

function PackPrint({ options, job, hash }: PackPrintProps) {
  const { tocPages, ...request } = options;
  const data = useQuery<PackData, ApiCallError>({
    queryKey: ['pack', 'print', job, request],
    queryFn: () => call('pack.data', request),
    staleTime: Infinity,
    // A finished job's data is dropped as soon as the page moves on.
    gcTime: 0,
  });

  // Set again for every fragment the page is shown with, once that fragment is laid out.
  useEffect(() => {
    if (!data.data) return;
    let cancelled = false;
    // Printing waits for fonts and one more frame, so charts have their final size.
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() => {
        if (!cancelled) document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, '');
      }),
    );
    return () => {
      cancelled = true;
    };
  }, [data.data, hash]);

  if (data.isError) return <p role="alert">{data.error.message}</p>;
  if (!data.data) return null;
  return <PackDocument data={data.data} tocPages={tocPages} />;
}
