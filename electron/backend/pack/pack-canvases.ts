import type { PackData } from '../../../shared/contract/index.ts';
import type { HandlerContext } from '../handler-types.ts';

/**
 * The value proposition canvases drawn for partnerships in scope (at least one item), in the
 * portfolio's order, and the program's ecosystem map when it has nodes.
 */
export function packCanvases(
  ctx: HandlerContext,
  partners: readonly { id: number; name: string }[],
): PackData['canvases'] {
  const { repos } = ctx.state.require();
  const drawn = new Set(repos.valueCanvas.drawnPartnerIds());
  const vpcs = partners
    .filter((p) => drawn.has(p.id))
    .map((p) => ({ partnerName: p.name, canvas: repos.valueCanvas.get(p.id) }));
  const map = repos.ecosystem.get();
  return { vpcs, ecosystem: map.nodes.length > 0 ? map : null };
}
