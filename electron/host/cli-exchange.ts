import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createNodeBackend } from './backend-for-node.ts';

type Out = (line: string) => void;

/** `pwb export FILE --json OUT`: the whole workbook as versioned JSON (read-only on FILE). */
export async function exportJson(args: string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || !values.json) {
    err('Usage: pwb export FILE --json OUT.json');
    return 2;
  }
  const backend = createNodeBackend(values['data-dir'] ? resolve(values['data-dir']) : undefined);
  try {
    const opened = await backend.call('workbook.open', { path: resolve(file), readOnly: true });
    if (!opened.ok) {
      err(opened.error.message);
      return 1;
    }
    const result = await backend.call('workbook.exportJson', { path: resolve(values.json) });
    if (!result.ok) {
      err(result.error.message);
      return 1;
    }
    const { rows, tables, bytes } = result.value as { rows: number; tables: number; bytes: number };
    out(
      `Wrote ${resolve(values.json)}: ${rows} rows in ${tables} tables, ${Math.round(bytes / 1024)} KB.`,
    );
    return 0;
  } finally {
    backend.close();
  }
}

/** `pwb import IN --to FILE`: validates everything first, then writes a NEW workbook in one transaction. */
export async function importJson(args: string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { to: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  const input = positionals[0];
  if (!input || !values.to) {
    err('Usage: pwb import IN.json --to NEW.pwb');
    return 2;
  }
  const backend = createNodeBackend(values['data-dir'] ? resolve(values['data-dir']) : undefined);
  try {
    const result = await backend.call('workbook.importJson', {
      sourcePath: resolve(input),
      to: resolve(values.to),
    });
    if (!result.ok) {
      err(result.error.message);
      for (const [path, message] of Object.entries(result.error.fields ?? {}).slice(1, 20))
        err(`  ${path}: ${message}`);
      return 1;
    }
    out(`Created ${resolve(values.to)} from ${resolve(input)}.`);
    return 0;
  } finally {
    backend.close();
  }
}
