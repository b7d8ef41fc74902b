import {
  AppError,
  activityKindLabels,
  type Activity,
  type CalendarConflictRecord,
  type QuarterBudget,
} from '../../../shared/contract/index.ts';
import type { calendarMethods } from '../../../shared/contract/calendar.ts';
import {
  detectCalendarConflicts,
  partnerSpendByQuarter,
  type CalendarActivity,
} from '../../../shared/domain/calendar-conflicts.ts';
import { csvMimeType } from '../../../shared/domain/csv.ts';
import { activitiesToIcs } from '../../../shared/domain/icalendar.ts';
import { fiscalQuarterRange, type Quarter } from '../../../shared/domain/periods.ts';
import type { HandlerContext, HandlerMap } from '../handler-types.ts';
import { activitiesToCsv, parseActivitiesCsv } from './calendar-csv.ts';

const toDomain = (activity: Activity): CalendarActivity => ({
  id: activity.id,
  title: activity.title,
  channel: activity.channel,
  audience: activity.audience,
  startDate: activity.startDate,
  endDate: activity.endDate,
  partnerIds: activity.partnerIds,
  budgetMinor: activity.budgetMinor,
  splits: activity.splits,
  status: activity.status,
});

function partnerNames(ctx: HandlerContext): Map<number, string> {
  const all = ctx.state.require().repos.partners.list({ search: '', includeArchived: true });
  return new Map(all.map((p) => [p.id, p.name]));
}

function conflicts(ctx: HandlerContext): CalendarConflictRecord[] {
  const { repos } = ctx.state.require();
  const settings = repos.settings.get();
  return detectCalendarConflicts(repos.calendar.list().map(toDomain), {
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    currency: settings.currency,
    weeklyLimitPerAudience: settings.params.weeklyActivityLimitPerAudience,
    plans: repos.calendar.budgets.list(),
    partnerNames: partnerNames(ctx),
  });
}

function conflictRange(conflict: CalendarConflictRecord, fiscalYearStartMonth: number) {
  if (conflict.kind !== 'budget-over-plan') return conflict;
  const period = { fiscalYear: conflict.fiscalYear, quarter: conflict.quarter as Quarter };
  const { start, end } = fiscalQuarterRange(period, fiscalYearStartMonth);
  return { startDate: start, endDate: end };
}

function describe(activity: Activity, names: ReadonlyMap<number, string>): string {
  const partners = activity.partnerIds.map((id) => names.get(id) ?? `Partner ${id}`);
  return [
    partners.length > 0 ? `Partners: ${partners.join(', ')}` : '',
    activity.channel ? `Channel: ${activity.channel}` : '',
    activity.audience ? `Audience: ${activity.audience}` : '',
    activity.owner ? `Owner: ${activity.owner}` : '',
    activity.notes ? `\n${activity.notes}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function partnersByName(ctx: HandlerContext): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  for (const [id, name] of partnerNames(ctx)) {
    const key = name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), id]);
  }
  return byName;
}

export const calendarHandlers: HandlerMap<keyof typeof calendarMethods> = {
  'calendar.list': (input, { state }) => state.require().repos.calendar.list(input),
  'calendar.get': (input, { state }) => state.require().repos.calendar.get(input.id),
  'calendar.create': (input, { state }) => state.require().repos.calendar.create(input),
  'calendar.update': (input, { state }) =>
    state.require().repos.calendar.update(input.id, input.fields),
  'calendar.move': (input, { state }) =>
    state.require().repos.calendar.move(input.id, input.startDate),
  'calendar.delete': (input, { state }) => {
    state.require().repos.calendar.delete(input.id);
    return null;
  },
  'calendar.conflicts': (input, ctx) => {
    const { fiscalYearStartMonth } = ctx.state.require().repos.settings.get();
    return conflicts(ctx).filter((conflict) => {
      const { startDate, endDate } = conflictRange(conflict, fiscalYearStartMonth);
      return (!input.to || startDate <= input.to) && (!input.from || endDate >= input.from);
    });
  },
  'calendar.budgets': (input, { state }) => {
    const { repos } = state.require();
    const { fiscalYearStartMonth } = repos.settings.get();
    const wanted = (row: { partnerId: number; fiscalYear: number }) =>
      (input.partnerId === undefined || row.partnerId === input.partnerId) &&
      (input.fiscalYear === undefined || row.fiscalYear === input.fiscalYear);
    const rows = new Map<string, QuarterBudget>();
    const key = (r: { partnerId: number; fiscalYear: number; quarter: number }) =>
      `${r.partnerId}|${r.fiscalYear}|${r.quarter}`;
    for (const { budgetMinor, ...plan } of repos.calendar.budgets.list(input)) {
      rows.set(key(plan), { ...plan, plannedMinor: budgetMinor, scheduledMinor: 0 });
    }
    const activities = repos.calendar.list({
      partnerIds: input.partnerId === undefined ? [] : [input.partnerId],
      kinds: [],
      statuses: [],
    });
    for (const spend of partnerSpendByQuarter(activities.map(toDomain), fiscalYearStartMonth)) {
      if (!wanted(spend)) continue;
      const { partnerId, fiscalYear, quarter, spentMinor } = spend;
      const row = rows.get(key(spend));
      if (row) row.scheduledMinor = spentMinor;
      else
        rows.set(key(spend), {
          partnerId,
          fiscalYear,
          quarter,
          plannedMinor: null,
          scheduledMinor: spentMinor,
        });
    }
    return [...rows.values()].sort(
      (a, b) => a.fiscalYear - b.fiscalYear || a.quarter - b.quarter || a.partnerId - b.partnerId,
    );
  },
  'calendar.setBudget': ({ plannedMinor, ...key }, { state }) => {
    state.require().repos.calendar.budgets.set(key, plannedMinor);
    return null;
  },
  'calendar.exportIcs': (input, ctx) => {
    const { repos } = ctx.state.require();
    const settings = repos.settings.get();
    const names = partnerNames(ctx);
    const activities = repos.calendar.list(input);
    const content = activitiesToIcs(
      activities.map((a) => ({
        id: a.id,
        title: a.title,
        kind: activityKindLabels[a.kind],
        description: describe(a, names),
        startDate: a.startDate,
        endDate: a.endDate,
        startTime: a.startTime,
        endTime: a.endTime,
        status: a.status,
      })),
      {
        workbookId: settings.workbookId,
        dtstamp: new Date().toISOString(),
        calendarName: `${settings.programName || settings.clientName} – joint marketing calendar`,
      },
    );
    return {
      fileName: 'joint-marketing-calendar.ics',
      mimeType: 'text/calendar',
      content,
      count: activities.length,
    };
  },
  'calendar.exportCsv': (input, ctx) => {
    const { repos } = ctx.state.require();
    const activities = repos.calendar.list(input);
    const { currency } = repos.settings.get();
    return {
      fileName: 'joint-marketing-activities.csv',
      mimeType: csvMimeType,
      content: activitiesToCsv(activities, partnerNames(ctx), currency),
      count: activities.length,
    };
  },
  'calendar.checkCsv': (input, ctx) => {
    const { currency } = ctx.state.require().repos.settings.get();
    const parsed = parseActivitiesCsv(input.csv, { partnersByName: partnersByName(ctx), currency });
    return { totalRows: parsed.totalRows, validRows: parsed.valid.length, errors: parsed.errors };
  },
  'calendar.importCsv': (input, ctx) => {
    const { repos } = ctx.state.require();
    const { currency } = repos.settings.get();
    const parsed = parseActivitiesCsv(input.csv, { partnersByName: partnersByName(ctx), currency });
    const summary = { totalRows: parsed.totalRows, validRows: parsed.valid.length };
    if (parsed.errors.length > 0 && !input.importValidRows) {
      throw new AppError(
        'invalid_input',
        `${parsed.errors.length === 1 ? 'One row has an error' : 'Some rows have errors'}, so nothing was imported. Fix the file, or choose to import only the valid rows.`,
      );
    }
    if (parsed.totalRows === 0) {
      throw new AppError('invalid_input', 'The file has no activities to import.');
    }
    if (parsed.valid.length === 0) {
      throw new AppError('invalid_input', 'None of the rows can be imported; fix the file first.');
    }
    const imported = repos.calendar.createMany(parsed.valid);
    return { ...summary, errors: parsed.errors, imported };
  },
};
