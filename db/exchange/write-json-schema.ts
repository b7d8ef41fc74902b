import { writeFileSync } from 'node:fs';
import { workbookExportJsonSchema } from './json-schema.ts';

// `npm run schema:json`: regenerates the committed JSON Schema after a schema change.
writeFileSync(
  new URL('../../docs/workbook-export.schema.json', import.meta.url),
  workbookExportJsonSchema(),
);
console.log('Wrote docs/workbook-export.schema.json');
