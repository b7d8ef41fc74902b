import { Switch } from '@mantine/core';
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { useFirstProgramIntent } from './first-program-intent.ts';

/** In the new-workbook dialog: open the new workbook on the guided start. */
export function FirstProgramOption() {
  const wanted = useFirstProgramIntent((s) => s.wanted);
  const setWanted = useFirstProgramIntent((s) => s.setWanted);
  return (
    <Switch
      label="I'm starting my first partnership program"
      description="Open the new workbook on a guided start that follows the launch checklist."
      checked={wanted}
      onChange={(e) => setWanted(e.currentTarget.checked)}
      data-testid="new-first-program"
    />
  );
}

/** After a workbook is created: go to the guided start when it was asked for. */
export function useAfterCreate() {
  const [, navigate] = useLocation();
  return useCallback(() => {
    const { wanted, setWanted } = useFirstProgramIntent.getState();
    if (!wanted) return;
    setWanted(false);
    navigate('/first-program');
  }, [navigate]);
}
