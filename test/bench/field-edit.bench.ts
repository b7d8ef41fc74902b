import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend.ts';
import { defaultMigrationsFolder, readSchemaVersion } from '../../db/migrations-info.ts';
import type { BenchContext, Figure } from './harness.ts';
import { ratioFigure, timeMedian } from './harness.ts';

/**
 * P6: one field edit committed through the whole backend (router validation, repository, one
 * transaction, synchronous=FULL) against a bare single-row INSERT transaction with the same pragmas.
 */
export async function benchFieldEdit(ctx: BenchContext): Promise<Figure[]> {
  const backend = createBackend({
    dataDir: join(ctx.workDir, 'p6-data'),
    host: 'browser',
    version: 'bench',
    migrationsFolder: defaultMigrationsFolder,
    appSchemaVersion: readSchemaVersion(defaultMigrationsFolder),
  });
  const path = join(ctx.workDir, 'p6.pwb');
  const created = await backend.call('workbook.create', {
    path,
    orgName: 'Bench',
    clientName: 'Bench',
    currency: 'EUR',
  });
  if (!created.ok) throw new Error(created.error.message);
  const partner = await backend.call('partners.create', { name: 'Globex', type: 'integration' });
  if (!partner.ok) throw new Error(partner.error.message);
  const id = (partner.value as { id: number }).id;

  const runs = ctx.quick ? 20 : 300;
  let n = 0;
  const edit = await timeMedian(runs, async () => {
    n += 1;
    const result = await backend.call('partners.update', {
      id,
      fields: { name: 'Globex', type: 'integration', notes: `edit ${n}` },
    });
    if (!result.ok) throw new Error(result.error.message);
  });
  backend.close();

  const raw = new Database(join(ctx.workDir, 'p6-raw.db'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, notes TEXT NOT NULL)');
  const insert = raw.prepare('INSERT INTO t (notes) VALUES (?)');
  const tx = raw.transaction((notes: string) => insert.run(notes));
  const bare = await timeMedian(runs, () => tx(`edit ${n++}`));
  raw.close();

  return [
    ratioFigure(
      {
        id: 'P6',
        figure: 'one field edit committed (router → SQLite, synchronous=FULL)',
        unit: 'ms',
        median: edit,
        baseline: bare,
        baselineLabel: 'bare INSERT transaction',
        goal: '≤ 2×',
      },
      2,
    ),
  ];
}
