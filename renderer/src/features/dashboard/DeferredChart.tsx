import { Suspense, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** How far below the window a chart counts as about to be seen. */
const NEAR_PX = 200;

/**
 * Draws a chart as soon as it is on screen, and the ones below the window once the browser is
 * idle (or when scrolled near), so the first screen of the dashboard does not wait for charts
 * nobody sees yet. Until then a placeholder of the chart's height keeps the layout still.
 * The placeholder is marked `data-chart-pending`; the renderer benchmark counts the first screen
 * as ready only when no pending chart is in view.
 */
export function DeferredChart({ height, children }: { height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (shown || !element) return;
    // Before the first paint: a chart already in view is drawn in this same frame.
    if (element.getBoundingClientRect().top < window.innerHeight + NEAR_PX) {
      setShown(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setShown(true);
      },
      { rootMargin: `${NEAR_PX}px` },
    );
    observer.observe(element);
    const idle = window.requestIdleCallback(() => setShown(true), { timeout: 1500 });
    return () => {
      observer.disconnect();
      window.cancelIdleCallback(idle);
    };
  }, [shown]);

  const placeholder = <div ref={ref} style={{ height }} data-chart-pending="" />;
  if (!shown) return placeholder;
  return (
    <Suspense fallback={<div style={{ height }} data-chart-pending="" />}>{children}</Suspense>
  );
}
