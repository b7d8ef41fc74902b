import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultMigrationsFolder, readSchemaVersion } from '../../db/migrations-info.ts';
import { generateLargeWorkbook } from '../../db/generator/large-workbook.ts';

type Out = (line: string) => void;

/** `pwb generate`: a large deterministic workbook, for benchmarks and for trying the app at scale. */
export async function generate(args: string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      partners: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string' },
      months: { type: 'string', default: '36' },
    },
  });
  const file = positionals[0];
  const partners = Number(values.partners);
  const seed = Number(values.seed);
  const months = Number(values.months);
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (
    !file ||
    !Number.isInteger(partners) ||
    partners < 1 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(months)
  ) {
    err('Usage: pwb generate FILE [--partners 5000] [--seed 1] [--months 36] [--today YYYY-MM-DD]');
    return 2;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    err('--today takes a date like 2026-11-21.');
    return 2;
  }
  const report = await generateLargeWorkbook(resolve(file), {
    partners,
    seed,
    today,
    months,
    migrationsFolder: defaultMigrationsFolder,
    appSchemaVersion: readSchemaVersion(defaultMigrationsFolder),
  });
  out(
    `Generated ${resolve(file)} in ${(report.milliseconds / 1000).toFixed(1)} s: ${report.partners} partners, ${report.contacts} contacts, ${report.risks} risks, ${report.activities} activities, ${report.actuals} monthly actuals, ${report.meetings} meetings, ${report.actions} actions, ${report.decisions} decisions.`,
  );
  return 0;
}
