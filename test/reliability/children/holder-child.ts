// A second (third, …) app process: opens a workbook through the real backend and answers commands
// on stdin, one JSON line each: {"cmd":"write","name":…,"notes":…} | {"cmd":"list"} | {"cmd":"close"}.
import { createInterface } from 'node:readline';
import { readSchemaVersion } from '../../../db/migrations-info.ts';
import { createBackend } from '../../../electron/backend/backend.ts';

const [mode, workbookPath, dataDir, migrationsFolder] = process.argv.slice(2);
if (!mode || !workbookPath || !dataDir || !migrationsFolder)
  throw new Error('usage: holder MODE PATH DATA MIGRATIONS');

const backend = createBackend({
  dataDir,
  host: 'browser',
  version: 'holder',
  migrationsFolder,
  appSchemaVersion: readSchemaVersion(migrationsFolder),
  postOpenDelayMs: 60_000,
});
const say = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

say(await backend.call('workbook.open', { path: workbookPath, readOnly: mode === 'read-only' }));

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as { cmd: string; name?: string; notes?: string };
  if (command.cmd === 'write')
    say(
      await backend.call('partners.create', {
        name: command.name,
        type: 'content',
        notes: command.notes ?? '',
      }),
    );
  else if (command.cmd === 'list')
    say(await backend.call('partners.list', { includeArchived: true }));
  else if (command.cmd === 'close') {
    backend.close();
    say({ ok: true, value: 'closed' });
    process.exit(0);
  }
}
backend.close();
