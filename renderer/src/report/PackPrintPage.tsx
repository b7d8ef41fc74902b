import { useEffect } from 'react';
import { packOptions, packOptionsFromQuery } from '../../../shared/contract/index.ts';
import { useApiQuery } from '../api/hooks.ts';
import { PackDocument } from './PackDocument.tsx';

const PRINT_READY_ATTRIBUTE = 'data-print-ready';

function optionsFromLocation() {
  const query = window.location.hash.split('?')[1] ?? '';
  return packOptions.safeParse(packOptionsFromQuery(query));
}

/** The print route: no app chrome, only the pack, then a signal that it is laid out. */
export default function PackPrintPage() {
  const parsed = optionsFromLocation();
  if (!parsed.success) {
    return <p role="alert">This pack link is not valid: {parsed.error.issues[0]?.message}</p>;
  }
  return <PackPrint options={parsed.data} />;
}

function PackPrint({ options }: { options: ReturnType<typeof packOptions.parse> }) {
  const { tocPages, ...request } = options;
  const data = useApiQuery('pack.data', request, { staleTime: Infinity });

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
  }, [data.data]);

  if (data.isError) return <p role="alert">{data.error.message}</p>;
  if (!data.data) return null;
  return <PackDocument data={data.data} tocPages={tocPages} />;
}
