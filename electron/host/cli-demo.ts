import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Partner, WorkbookInfo } from '../../shared/contract/index.ts';
import { createNodeBackend } from './backend-for-node.ts';

type Out = (line: string) => void;

const usage = 'Usage: pwb demo FILE [--today YYYY-MM-DD] [--seed N] [--data-dir DIR]';

/** `pwb demo FILE`: the fictional demo program, built through the backend like the start screen's. */
export async function demo(args: string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      today: { type: 'string' },
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const file = positionals[0];
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (!file || (seed !== undefined && !Number.isInteger(seed))) {
    err(usage);
    return 2;
  }
  const backend = createNodeBackend(values['data-dir'] ? resolve(values['data-dir']) : undefined);
  try {
    const created = await backend.call('workbook.createDemo', {
      path: resolve(file),
      ...(values.today === undefined ? {} : { today: values.today }),
      ...(seed === undefined ? {} : { seed }),
    });
    if (!created.ok) {
      err(created.error.message);
      return 1;
    }
    const partners = await backend.call('partners.list', {});
    const count = partners.ok ? (partners.value as Partner[]).length : 0;
    out(
      `Created the demo workbook ${(created.value as WorkbookInfo).path} (${count} fictional partners).`,
    );
    return 0;
  } finally {
    backend.close();
  }
}
