/** The edits the crash test's child makes, with their weights. */
export type OpKind =
  | 'create'
  | 'update'
  | 'delete'
  | 'contact'
  | 'contactUpdate'
  | 'contactDelete'
  | 'settings'
  | 'multi'
  | 'import';

const weights: [OpKind, number][] = [
  ['create', 20],
  ['update', 16],
  ['delete', 12],
  ['contact', 14],
  ['contactUpdate', 6],
  ['contactDelete', 6],
  ['settings', 6],
  ['multi', 12],
  ['import', 8],
];

export function chooseOp(random: () => number, options: { canImport: boolean }): OpKind {
  const usable = weights.filter(([kind]) => kind !== 'import' || options.canImport);
  const total = usable.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [kind, weight] of usable) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'create';
}

/** A small seeded generator, so a failing trial can be replayed from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
