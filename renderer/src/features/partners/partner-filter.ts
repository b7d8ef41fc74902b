import {
  lifecycleStages,
  partnerTypeLabels,
  type Partner,
} from '../../../../shared/contract/index.ts';
import type { PartnerFilters, PartnerSortColumn } from './partner-list-store.ts';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** What the search box looks through, lower-cased once per list rather than per keystroke. */
export function searchIndex(partners: readonly Partner[]): Map<number, string> {
  return new Map(
    partners.map((p) => [
      p.id,
      [p.name, p.ownerOurs, p.ownerTheirs, p.segment, p.region, p.tier, p.notes, ...p.tags]
        .join('\n')
        .toLowerCase(),
    ]),
  );
}

export function filterPartners(
  partners: readonly Partner[],
  index: Map<number, string>,
  search: string,
  filters: PartnerFilters,
  showArchived: boolean,
): Partner[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const types = new Set<string>(filters.types);
  const stages = new Set<string>(filters.stages);
  const tiers = new Set(filters.tiers);
  const owners = new Set(filters.owners);
  const tags = new Set(filters.tags);
  return partners.filter((p) => {
    if (!showArchived && p.archived) return false;
    if (types.size > 0 && !types.has(p.type)) return false;
    if (stages.size > 0 && !stages.has(p.stage)) return false;
    if (tiers.size > 0 && !tiers.has(p.tier)) return false;
    if (owners.size > 0 && !owners.has(p.ownerOurs) && !owners.has(p.ownerTheirs)) return false;
    if (tags.size > 0 && !p.tags.some((t) => tags.has(t))) return false;
    if (words.length === 0) return true;
    const text = index.get(p.id) ?? '';
    return words.every((w) => text.includes(w));
  });
}

const stageOrder = new Map<string, number>(lifecycleStages.map((s, i) => [s, i]));

function compare(a: Partner, b: Partner, column: PartnerSortColumn): number {
  switch (column) {
    case 'stage':
      return (stageOrder.get(a.stage) ?? 0) - (stageOrder.get(b.stage) ?? 0);
    case 'type':
      return collator.compare(partnerTypeLabels[a.type], partnerTypeLabels[b.type]);
    default:
      return collator.compare(a[column], b[column]);
  }
}

/** Sorts by the column, then by name; empty values go last whichever the direction. */
export function sortPartners(
  partners: Partner[],
  column: PartnerSortColumn,
  direction: 'asc' | 'desc',
): Partner[] {
  const sign = direction === 'asc' ? 1 : -1;
  return partners.sort((a, b) => {
    if (column !== 'name' && column !== 'type' && column !== 'stage') {
      const emptyA = a[column] === '';
      const emptyB = b[column] === '';
      if (emptyA !== emptyB) return emptyA ? 1 : -1;
    }
    return sign * compare(a, b, column) || collator.compare(a.name, b.name);
  });
}

/** The distinct values the filters offer, from the loaded partners. */
export function filterOptions(partners: readonly Partner[]) {
  const tiers = new Set<string>();
  const owners = new Set<string>();
  const tags = new Set<string>();
  for (const p of partners) {
    if (p.tier) tiers.add(p.tier);
    if (p.ownerOurs) owners.add(p.ownerOurs);
    if (p.ownerTheirs) owners.add(p.ownerTheirs);
    for (const t of p.tags) tags.add(t);
  }
  const sorted = (values: Set<string>) => [...values].sort(collator.compare);
  return { tiers: sorted(tiers), owners: sorted(owners), tags: sorted(tags) };
}
