import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ErrorState } from './components/PageState.tsx';
import { StartScreen } from './features/start/StartScreen.tsx';
import { WorkbookDialogs } from './features/start/WorkbookDialogs.tsx';
import { useCurrentWorkbook } from './features/shell/use-workbook.ts';
import { WorkbookShell } from './features/shell/WorkbookShell.tsx';
import { useShellMenu } from './features/shell/use-shell-menu.ts';

function Screens() {
  const current = useCurrentWorkbook();
  useShellMenu();
  if (current.isPending) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  if (current.isError) {
    return (
      <Center h="100%" p="xl">
        <ErrorState message={current.error.message} onRetry={() => void current.refetch()} />
      </Center>
    );
  }
  return (
    <div data-testid="app-ready" style={{ height: '100%' }}>
      {current.data ? <WorkbookShell info={current.data} /> : <StartScreen />}
      <WorkbookDialogs />
    </div>
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
