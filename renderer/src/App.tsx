import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ErrorState } from './components/PageState.tsx';
import { useCurrentWorkbook } from './features/shell/use-workbook.ts';
import { useShellMenu } from './features/shell/use-shell-menu.ts';

// Split so the first paint needs only what it shows: the start screen or the workbook shell.
const StartScreen = lazy(() =>
  import('./features/start/StartScreen.tsx').then((m) => ({ default: m.StartScreen })),
);
const WorkbookShell = lazy(() =>
  import('./features/shell/WorkbookShell.tsx').then((m) => ({ default: m.WorkbookShell })),
);
const WorkbookDialogs = lazy(() =>
  import('./features/start/WorkbookDialogs.tsx').then((m) => ({ default: m.WorkbookDialogs })),
);

function FullScreenLoader() {
  return (
    <Center h="100%">
      <Loader />
    </Center>
  );
}

function Screens() {
  const current = useCurrentWorkbook();
  useShellMenu();
  if (current.isPending) return <FullScreenLoader />;
  if (current.isError) {
    return (
      <Center h="100%" p="xl">
        <ErrorState message={current.error.message} onRetry={() => void current.refetch()} />
      </Center>
    );
  }
  return (
    <>
      <Suspense fallback={<FullScreenLoader />}>
        <div data-testid="app-ready" style={{ height: '100%' }}>
          {current.data ? <WorkbookShell info={current.data} /> : <StartScreen />}
        </div>
      </Suspense>
      {/* Its own boundary: switching screens must not unmount an open dialog. */}
      <Suspense fallback={null}>
        <WorkbookDialogs />
      </Suspense>
    </>
  );
}

const PackPrintPage = lazy(() => import('./report/PackPrintPage.tsx'));

/** The print route stands alone: no shell, no start screen, only the document. */
function Routes() {
  const [location] = useLocation();
  if (/^\/pack(\?|$)/.test(location)) {
    return (
      <Suspense fallback={null}>
        <PackPrintPage />
      </Suspense>
    );
  }
  return <Screens />;
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Routes />
    </Router>
  );
}
