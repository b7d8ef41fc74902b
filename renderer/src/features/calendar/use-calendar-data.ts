import { useMemo } from 'react';
import type {
  ActivityFilter,
  CalendarConflictRecord,
  Partner,
} from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';

/**
 * Every partner (archived ones too, so old activities keep their names) by id. Refetched on
 * mount: the list decides whether the calendar can be used at all.
 */
export function usePartnerDirectory() {
  const partners = useApiQuery(
    'partners.list',
    { includeArchived: true },
    { refetchOnMount: 'always' },
  );
  const directory = useMemo(() => {
    const all: Partner[] = partners.data ?? [];
    const names = new Map(all.map((p) => [p.id, p.name]));
    const options = all
      .filter((p) => !p.archived)
      .map((p) => ({ value: String(p.id), label: p.name }));
    return { all, names, options };
  }, [partners.data]);
  return { query: partners, ...directory };
}

export function useCalendarSettings() {
  const settings = useApiQuery('settings.get', {});
  return {
    query: settings,
    currency: settings.data?.currency ?? 'EUR',
    fiscalYearStartMonth: settings.data?.fiscalYearStartMonth ?? 1,
    weeklyLimit: settings.data?.params.weeklyActivityLimitPerAudience ?? 3,
  };
}

/** All conflicts of the calendar, and the ones each activity is part of. */
export function useConflicts() {
  const conflicts = useApiQuery('calendar.conflicts', {});
  const byActivity = useMemo(() => {
    const map = new Map<number, CalendarConflictRecord[]>();
    for (const conflict of conflicts.data ?? []) {
      for (const id of conflict.activityIds) map.set(id, [...(map.get(id) ?? []), conflict]);
    }
    return map;
  }, [conflicts.data]);
  return { query: conflicts, list: conflicts.data ?? [], byActivity };
}

export function useActivities(filter: ActivityFilter) {
  return useApiQuery('calendar.list', filter, { placeholderData: (previous) => previous });
}
