import fc from 'fast-check';
import { join } from 'node:path';

/** Text a user might type, or paste, or an attacker might send: stored and shown literally. */
export const nastyStrings = [
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  "'; DROP TABLE partners; --",
  '" OR 1=1 --',
  '50% off_\\',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Egnp.exe',
  '👩🏽‍💻🤝🚀',
  'Zoë Ångström-Łukasiewicz',
  'a\u0000b',
  '\uD800',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'NaN',
  '1e309',
  'x'.repeat(20_000),
  'y'.repeat(100_001),
];

/** Values that break naive code: non-JSON numbers, prototypes, deep nesting, odd containers. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    2 ** 53,
    -(2 ** 31),
    1e308,
    null,
    undefined,
    true,
    [],
    {},
    [[[[[]]]]],
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: { polluted: true } } },
  ),
  fc.constantFrom(...nastyStrings),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
);

type Step =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'addKey'; at: number; key: string; value: unknown }
  | { kind: 'wrap'; at: number }
  | { kind: 'stringify'; at: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: oddValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('addKey' as const),
      at: fc.nat(),
      key: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('__proto__', 'constructor', 'id'),
      ),
      value: oddValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrap' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stringify' as const), at: fc.nat() }) },
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

const REMOVE = Symbol('remove');

function setAt(root: unknown, path: Path, update: (old: unknown) => unknown): unknown {
  if (path.length === 0) {
    const next = update(root);
    return next === REMOVE ? undefined : next;
  }
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(root)) {
    const copy = [...(root as unknown[])];
    const index = Number(head);
    if (rest.length > 0) copy[index] = setAt(copy[index], rest, update);
    else {
      const next = update(copy[index]);
      if (next === REMOVE) copy.splice(index, 1);
      else copy[index] = next;
    }
    return copy;
  }
  const key = String(head);
  const entries = Object.entries(root as Record<string, unknown>);
  if (rest.length > 0)
    return Object.fromEntries(entries.map(([k, v]) => [k, k === key ? setAt(v, rest, update) : v]));
  const next = update((root as Record<string, unknown>)[key]);
  if (next === REMOVE) return Object.fromEntries(entries.filter(([k]) => k !== key));
  return Object.fromEntries([...entries.filter(([k]) => k !== key), [key, next]]);
}

/** String(value), also for objects that have no way to become one (a null prototype). */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function applyStep(value: unknown, s: Step): unknown {
  const paths = pathsOf(value);
  const path = paths[s.at % paths.length] ?? [];
  switch (s.kind) {
    case 'replace':
      return setAt(value, path, () => s.value);
    case 'delete':
      return setAt(value, path, () => REMOVE);
    case 'addKey':
      return setAt(value, path, (old) =>
        old && typeof old === 'object' && !Array.isArray(old) ? { ...old, [s.key]: s.value } : old,
      );
    case 'wrap':
      return setAt(value, path, (old) => [old]);
    case 'stringify':
      return setAt(value, path, (old) => (typeof old === 'string' ? Number(old) : asText(old)));
  }
}

/** One to three mutations of a (probably valid) value. */
export function mutationsOf(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.array(step, { minLength: 1, maxLength: 3 }))
    .map(([value, steps]) => steps.reduce(applyStep, value));
}

/**
 * Every absolute path in an input is moved under the sandbox folder, so methods that write files
 * (create, save as, open's lock file, restore, exports) only ever write inside the test's temp dir.
 */
export function confinePaths(value: unknown, sandbox: string): unknown {
  if (typeof value === 'string') {
    if (/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value) && !value.startsWith(sandbox))
      return join(sandbox, value.replace(/^([A-Za-z]:|\\\\)/, '').replace(/[\\\0]/g, '_'));
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => confinePaths(v, sandbox));
  const proto = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = Object.create(proto) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value as object)) {
      // defineProperty keeps an own "__proto__" key a key, as JSON.parse made it.
      Object.defineProperty(out, k, {
        value: confinePaths(v, sandbox),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
