// The app process that gets killed: opens a workbook through the real backend and edits it at
// random until SIGKILL arrives. Before each call it appends an "intent" line to the log; after the
// call returns it appends an "ack" line and fsyncs, so every acknowledged commit is on disk.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { readSchemaVersion } from '../../../db/migrations-info.ts';
import { createBackend } from '../../../electron/backend/backend.ts';
import {
  contactFields,
  isMethodName,
  partnerFields,
  type Envelope,
} from '../../../shared/contract/index.ts';
import { chooseOp, mulberry32, type OpKind } from '../crash-ops.ts';

const [workbookPath, dataDir, migrationsFolder, logPath, seedText, opBaseText] =
  process.argv.slice(2);
if (!workbookPath || !dataDir || !migrationsFolder || !logPath) throw new Error('usage');

const random = mulberry32(Number(seedText));
let op = Number(opBaseText);
const log = openSync(logPath, 'a');
const append = (entry: object, durable: boolean) => {
  writeSync(log, `${JSON.stringify(entry)}\n`);
  if (durable) fsyncSync(log);
};

const backend = createBackend({
  dataDir,
  host: 'browser',
  version: 'crash-test',
  migrationsFolder,
  appSchemaVersion: readSchemaVersion(migrationsFolder),
  postOpenDelayMs: 0,
  // Backups run between the edits, so some kills land during a backup.
  backupIntervalMs: 150,
});

function fail(message: string): never {
  append({ t: 'error', op, message }, true);
  closeSync(log);
  process.exit(3);
}

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = (await backend.call(method, input)) as Envelope<T>;
  if (!result.ok) fail(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

// Loaded: wait for the parent's go, so module loading overlaps the previous trial.
const loadedAt = performance.now();
process.stdout.write('{"loaded":true}\n');
for await (const line of createInterface({ input: process.stdin })) if (line === 'go') break;
const goAt = performance.now();

await call('workbook.open', { path: workbookPath });
const { connection, repos } = backend.state.require();
const names = new Map(
  (
    connection.sqlite.prepare('SELECT id, name FROM partners').all() as {
      id: number;
      name: string;
    }[]
  ).map((r) => [r.id, r.name]),
);
const contactRows = connection.sqlite
  .prepare(
    "SELECT c.id, c.name FROM partner_contacts c JOIN partners p ON p.id = c.partner_id WHERE p.name NOT LIKE 'M%'",
  )
  .all() as { id: number; name: string }[];
const contacts = new Map(contactRows.map((r) => [r.id, r.name]));
const canImport = isMethodName('partners.importCsv');
process.stdout.write(
  `${JSON.stringify({ ready: true, loadMs: Math.round(loadedAt), openMs: Math.round(performance.now() - goAt) })}\n`,
);

const pick = <T>(values: T[]): T | undefined => values[Math.floor(random() * values.length)];
const settings = {
  orgName: 'Northwind Advisory',
  clientName: 'Contoso',
  currency: 'EUR',
  fiscalYearStartMonth: 1,
  audienceSize: 0,
};

for (;;) {
  op += 1;
  const kind: OpKind = chooseOp(random, { canImport });
  const partnerId = pick([...names.keys()]);
  // Imported rows are checked as a group of three, so they are edited but never deleted one by one.
  const deletable = [...names].filter(([, name]) => !name.startsWith('I')).map(([id]) => id);
  const editable = [...names].filter(([, name]) => !name.startsWith('M')).map(([id]) => id);
  const contactId = pick([...contacts.keys()]);
  if (kind === 'update' && partnerId === undefined) continue;
  if (kind === 'delete' && deletable.length === 0) continue;
  if (kind === 'contact' && editable.length === 0) continue;
  if ((kind === 'contactUpdate' || kind === 'contactDelete') && contactId === undefined) continue;

  switch (kind) {
    case 'create': {
      append({ t: 'intent', op, kind }, false);
      const created = await call<{ id: number }>('partners.create', {
        name: `P${op}`,
        type: 'content',
        notes: `n${op}`,
      });
      names.set(created.id, `P${op}`);
      append({ t: 'ack', op, kind, id: created.id }, true);
      break;
    }
    case 'update': {
      append({ t: 'intent', op, kind, id: partnerId }, false);
      const name = names.get(partnerId ?? 0) ?? '';
      await call('partners.update', {
        id: partnerId,
        fields: { name, type: 'content', notes: `u${op}` },
      });
      append({ t: 'ack', op, kind, id: partnerId }, true);
      break;
    }
    case 'delete': {
      const doomed = pick(deletable);
      append({ t: 'intent', op, kind, id: doomed }, false);
      await call('partners.delete', { id: doomed });
      names.delete(doomed ?? 0);
      const gone = connection.sqlite.prepare('SELECT id FROM partner_contacts').all() as {
        id: number;
      }[];
      const left = new Set(gone.map((r) => r.id));
      for (const id of contacts.keys()) if (!left.has(id)) contacts.delete(id);
      append({ t: 'ack', op, kind, id: doomed }, true);
      break;
    }
    case 'contact': {
      const target = pick(editable);
      append({ t: 'intent', op, kind, partnerId: target }, false);
      const created = await call<{ id: number }>('contacts.create', {
        partnerId: target,
        name: `c${op}`,
      });
      contacts.set(created.id, `c${op}`);
      append({ t: 'ack', op, kind, id: created.id, partnerId: target }, true);
      break;
    }
    case 'contactUpdate': {
      append({ t: 'intent', op, kind, id: contactId }, false);
      await call('contacts.update', {
        id: contactId,
        fields: { name: contacts.get(contactId ?? 0), role: `r${op}` },
      });
      append({ t: 'ack', op, kind, id: contactId }, true);
      break;
    }
    case 'contactDelete': {
      append({ t: 'intent', op, kind, id: contactId }, false);
      await call('contacts.delete', { id: contactId });
      contacts.delete(contactId ?? 0);
      append({ t: 'ack', op, kind, id: contactId }, true);
      break;
    }
    case 'settings': {
      append({ t: 'intent', op, kind }, false);
      await call('settings.update', { ...settings, programName: `s${op}` });
      append({ t: 'ack', op, kind }, true);
      break;
    }
    case 'multi': {
      // Test-support path: a partner and four contacts in one real transaction, through the repositories.
      append({ t: 'intent', op, kind }, false);
      const ids = connection.sqlite.transaction(() => {
        const partner = repos.partners.create(
          partnerFields.parse({ name: `M${op}`, type: 'content' }),
        );
        const made = [0, 1, 2, 3].map(
          (i) =>
            repos.partners.createContact(partner.id, contactFields.parse({ name: `M${op}-c${i}` }))
              .id,
        );
        return { id: partner.id, contactIds: made };
      })();
      names.set(ids.id, `M${op}`);
      append({ t: 'ack', op, kind, ...ids }, true);
      break;
    }
    case 'import': {
      append({ t: 'intent', op, kind }, false);
      const csvText = ['name,type', ...[0, 1, 2].map((i) => `I${op}-${i},content`)].join('\n');
      const report = await call<{ imported: number }>('partners.importCsv', {
        csvText,
        mapping: ['name', 'type'],
        mode: 'all-or-nothing',
      });
      if (report.imported !== 3) fail(`import took ${report.imported} of 3 rows`);
      const rows = connection.sqlite
        .prepare("SELECT id, name FROM partners WHERE name LIKE ? ESCAPE '\\'")
        .all(`I${op}-%`) as { id: number; name: string }[];
      for (const row of rows) names.set(row.id, row.name);
      append({ t: 'ack', op, kind }, true);
      break;
    }
  }
}
