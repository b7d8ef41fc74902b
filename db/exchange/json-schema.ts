import { z } from '../../shared/contract/zod.ts';
import { exportSchema } from './json-format.ts';

/** The documented format: a JSON Schema generated from the same zod schemas the import uses. */
export function workbookExportJsonSchema(): string {
  const schema = z.toJSONSchema(exportSchema(), {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return `${JSON.stringify({ title: 'Partnership Workbook export', ...schema }, null, 2)}\n`;
}
