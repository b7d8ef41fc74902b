import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ErrorState } from './components/PageState.tsx';
import { landsOnDashboard, prefetchDashboardData } from './features/dashboard/prefetch.ts';
import { useCurrentWorkbook } from './features/shell/use-workbook.ts';
import { useShellMenu } from './features/shell/use-shell-menu.ts';
import { useDialogStore } from './stores/dialog-store.ts';

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

/** How long the workbook dialogs' code waits, unless a dialog is asked for sooner. */
const DIALOGS_AFTER_MS = 2_500;

/**
 * The workbook dialogs (and the status banner) load after the first screen has had the network
 * and the processor to itself, or at once when one is asked for.
 */
function useDialogsWanted(): boolean {
  const asked = useDialogStore((s) => s.open !== null);
  const [later, setLater] = useState(false);
  useEffect(() => {
    let idle = 0;
    const timer = window.setTimeout(() => {
      idle = window.requestIdleCallback(() => setLater(true), { timeout: 1000 });
    }, DIALOGS_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      window.cancelIdleCallback(idle);
    };
  }, []);
  return later || asked;
}

function Screens() {
  const current = useCurrentWorkbook();
  const client = useQueryClient();
  const [location] = useLocation();
  const dialogsWanted = useDialogsWanted();
  useShellMenu();
  // Only the first landing (declared after the workbook.current query, so it is asked first).
  const [landing] = useState(() => landsOnDashboard(location));
  useEffect(() => {
    if (landing) prefetchDashboardData(client);
  }, [landing, client]);
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
      {dialogsWanted && (
        <Suspense fallback={null}>
          <WorkbookDialogs />
        </Suspense>
      )}
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
