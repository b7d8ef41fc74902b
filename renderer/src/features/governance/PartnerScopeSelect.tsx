import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useApiQuery } from '../../api/hooks.ts';

/** The Select value for "no partner": a program-level record. */
export const programValue = 'program';

export function toScopeValue(partnerId: number | null): string {
  return partnerId === null ? programValue : String(partnerId);
}

export function fromScopeValue(value: string | null): number | null {
  return value === null || value === programValue ? null : Number(value);
}

interface PartnerScopeSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: number | null;
  onChange: (partnerId: number | null) => void;
  /** What the program-level choice is called, e.g. "Program-wide". */
  programLabel?: string;
}

/** Picks the partnership a record belongs to, or the program as a whole. */
export function PartnerScopeSelect({
  value,
  onChange,
  programLabel = 'Program-wide',
  ...props
}: PartnerScopeSelectProps) {
  const partners = useApiQuery('partners.list', { includeArchived: true });
  const data = useMemo(
    () => [
      { value: programValue, label: programLabel },
      ...(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.name })),
    ],
    [partners.data, programLabel],
  );
  return (
    <Select
      searchable
      allowDeselect={false}
      limit={200}
      nothingFoundMessage="No partner by that name"
      {...props}
      data={data}
      value={toScopeValue(value)}
      onChange={(v) => onChange(fromScopeValue(v))}
    />
  );
}
