import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

interface AutosaveOptions<T> {
  values: T;
  initial: T;
  isValid: (values: T) => boolean;
  save: (values: T) => Promise<unknown>;
  delay?: number;
}

/**
 * Commits valid edits shortly after typing stops, so no "Save" is ever needed. Invalid values wait
 * (the form shows why next to the field); a failed save is reported and retried on the next edit.
 */
export function useAutosave<T>({
  values,
  initial,
  isValid,
  save,
  delay = 500,
}: AutosaveOptions<T>) {
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(initial));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(values, delay);
  const latest = useRef({ isValid, save });
  useEffect(() => {
    latest.current = { isValid, save };
  });

  useEffect(() => {
    const json = JSON.stringify(debounced);
    if (json === savedJson || !latest.current.isValid(debounced)) return;
    let cancelled = false;
    setSaving(true);
    latest.current
      .save(debounced)
      .then(
        () => {
          if (cancelled) return;
          setSavedJson(json);
          setError(null);
        },
        (e: unknown) => {
          if (!cancelled) setError(e instanceof Error ? e.message : String(e));
        },
      )
      .finally(() => {
        if (!cancelled) setSaving(false);
      });
    return () => {
      cancelled = true;
    };
  }, [debounced, savedJson]);

  const dirty = JSON.stringify(values) !== savedJson;
  return { saving: saving || (dirty && isValid(values)), error, invalid: !isValid(values) };
}
