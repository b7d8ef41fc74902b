import fc from 'fast-check';
import type { z } from '../../shared/contract/zod.ts';

/**
 * fast-check arbitraries for "probably valid" values of a zod 4 schema, read from its definition:
 * enums, literals, lengths, bounds, regex and string formats are honoured; custom refinements are
 * not knowable, so strings under one get a few common valid shapes. The fuzz test checks each value
 * with the schema itself and counts how many were valid.
 */
interface Check {
  check?: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
}
interface Def {
  type: string;
  checks?: { _zod: { def: Check } }[];
  format?: string;
  pattern?: RegExp;
  entries?: Record<string, string | number>;
  values?: unknown[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
  left?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);

/** Strings that satisfy the refinements our contracts use (URLs, e-mails, phones, codes, dates). */
const commonShapes = [
  '',
  '/clients/contoso.pwb',
  '/clients/exports',
  'https://example.com/partners',
  'ana.ruiz@example.com',
  '+44 20 7946 0000',
  'EUR',
  '2026-03-31',
  '2026-03',
  'Contoso',
];

/** Ids: mostly the few rows the fixture holds, sometimes anything. */
const smallIds = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 ** 31 }) },
);

/** For refinements, the field's name is the best hint of what it accepts. */
const byKey: [RegExp, string[]][] = [
  [/currency/i, ['EUR', 'usd', 'GBP']],
  [/phone/i, ['+44 20 7946 0000', '']],
  [/email/i, ['ana.ruiz@example.com', '']],
  [/website|url/i, ['https://example.com', '']],
  [/path|dir|folder/i, ['/clients/contoso.pwb', '/clients']],
  [/month|period/i, ['2026-03']],
  [/date|due|start|end/i, ['2026-03-31']],
];

function stringArbitrary(def: Def, key: string | undefined): fc.Arbitrary<string> {
  const checks = checksOf(def);
  let min = 0;
  let max = Infinity;
  let pattern: RegExp | undefined = def.format && def.format !== 'regex' ? undefined : def.pattern;
  let format = def.format && def.format !== 'regex' ? def.format : undefined;
  let custom = false;
  for (const check of checks) {
    if (check.check === 'min_length') min = Math.max(min, check.minimum ?? 0);
    if (check.check === 'max_length') max = Math.min(max, check.maximum ?? max);
    if (check.check === 'length_equals') min = max = check.length ?? 0;
    if (check.check === 'string_format' && check.format === 'regex') pattern = check.pattern;
    else if (check.check === 'string_format') format = check.format;
    if (check.check === 'custom') custom = true;
  }
  if (format === 'email')
    return fc.emailAddress().map((e) => (e.length > max ? 'ana@example.com' : e));
  if (format === 'date')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (format === 'datetime')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (format === 'url') return fc.webUrl();
  if (format === 'uuid') return fc.uuid();
  if (pattern) {
    const regex = pattern;
    // Cut to the allowed length instead of filtering: a filter that rarely passes never ends.
    const fitted = fc.stringMatching(regex).map((s) => (s.length > max ? s.slice(0, max) : s));
    const shapes = commonShapes.filter((s) => regex.test(s));
    return shapes.length ? fc.oneof(fitted, fc.constantFrom(...shapes)) : fitted;
  }
  const plain = fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 40)) });
  const hinted = key ? byKey.find(([name]) => name.test(key))?.[1] : undefined;
  if (custom && hinted)
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...hinted) }, plain);
  return custom ? fc.oneof(fc.constantFrom(...commonShapes), plain) : plain;
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let integer = def.format === 'safeint' || def.format === 'int32';
  let min = -1e9;
  let max = 1e9;
  for (const check of checksOf(def)) {
    if (check.check === 'number_format') integer = true;
    if (check.check === 'greater_than')
      min = Math.max(min, (check.value ?? min) + (check.inclusive ? 0 : integer ? 1 : 1e-9));
    if (check.check === 'less_than')
      max = Math.min(max, (check.value ?? max) - (check.inclusive ? 0 : integer ? 1 : 1e-9));
  }
  if (integer) {
    const lo = Math.ceil(min);
    const hi = Math.floor(max);
    if (lo === 1 && hi >= 1e6) return smallIds.map((n) => Math.min(n, hi));
    return fc.oneof(
      fc.integer({ min: lo, max: hi }),
      fc.constantFrom(lo, hi, Math.max(lo, Math.min(hi, 0))),
    );
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

export function arbitraryFor(schema: z.ZodType, depth = 0, key?: string): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (next: z.ZodType) => arbitraryFor(next, depth, key);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def, key);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
      return fc.constant(undefined);
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { none: 'none' }));
    case 'optional':
      return fc.option(inner(def.innerType as z.ZodType), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def.innerType as z.ZodType), { nil: null });
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return fc.option(inner(def.innerType as z.ZodType), { nil: undefined });
    case 'pipe':
      return inner(def.in as z.ZodType);
    case 'lazy':
      return depth > 3
        ? fc.constant(null)
        : arbitraryFor((def.getter as () => z.ZodType)(), depth + 1);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, depth + 1)));
    case 'intersection':
      return arbitraryFor(def.left as z.ZodType, depth + 1);
    case 'array': {
      const checks = checksOf(def);
      const minLength = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const maxLength = Math.min(
        checks.find((c) => c.check === 'max_length')?.maximum ?? 5,
        minLength + 5,
      );
      return fc.array(arbitraryFor(def.element as z.ZodType, depth + 1), { minLength, maxLength });
    }
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((item) => arbitraryFor(item, depth + 1)));
    case 'record':
      return fc.dictionary(
        fc.string({ minLength: 1, maxLength: 8 }),
        arbitraryFor(def.valueType as z.ZodType, depth + 1),
        { maxKeys: 4 },
      );
    case 'object': {
      const shape = def.shape ?? {};
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, value] of Object.entries(shape))
        fields[name] = arbitraryFor(value, depth + 1, name);
      return fc
        .record(fields)
        .map((value) =>
          Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)),
        );
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
