import './present.css';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';

/**
 * Presenting lays a canvas over the whole window (and asks for full screen) for a projector;
 * Escape, or leaving full screen, ends it.
 */
export function usePresentMode() {
  const [presenting, setPresenting] = useState(false);

  const stop = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  const start = useCallback(() => {
    setPresenting(true);
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!presenting) return;
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onChange = () => {
      if (wasFullscreen && !document.fullscreenElement) setPresenting(false);
      wasFullscreen = Boolean(document.fullscreenElement);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting]);

  useHotkeys([['Escape', () => presenting && stop()]]);

  return { presenting, start, stop, toggle: presenting ? stop : start };
}
