import {
  BaseEdge,
  EdgeLabelRenderer,
  useInternalNode,
  type Edge,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react';
import { ecosystemNodeSize, type EcosystemEdge } from '../../../../shared/contract/index.ts';
import { edgeShape, type Rect } from './edge-geometry.ts';
import { edgeKindStyles, strokeWidth } from './ecosystem-kinds.ts';

export type EcosystemFlowEdge = Edge<{ edge: EcosystemEdge; offset: number }, 'ecosystem'>;

function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? ecosystemNodeSize.width,
    height: node.measured.height ?? ecosystemNodeSize.height,
  };
}

/** A connection between the facing borders of two nodes: colour and dash by kind, width by strength. */
export function FloatingEdge({
  id,
  source,
  target,
  data,
  selected,
  markerEnd,
}: EdgeProps<EcosystemFlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to || !data) return null;
  const { edge, offset } = data;
  const style = edgeKindStyles[edge.kind];
  const shape = edgeShape(rectOf(from), rectOf(to), offset);
  const label = edge.label || style.label;

  return (
    <>
      <BaseEdge
        id={id}
        path={shape.path}
        markerEnd={markerEnd}
        interactionWidth={18}
        style={{
          stroke: style.color,
          strokeWidth: strokeWidth(edge.strength) + (selected ? 1.5 : 0),
          strokeDasharray: style.dash || undefined,
          filter: selected ? `drop-shadow(0 0 3px ${style.color})` : undefined,
        }}
      />
      <EdgeLabelRenderer>
        <div
          className={`eco-edge-label${edge.label ? '' : ' is-kind'}${selected ? ' is-selected' : ''}`}
          style={{
            transform: `translate(-50%, -50%) translate(${shape.labelX}px, ${shape.labelY}px)`,
            ['--kind' as string]: style.color,
          }}
          data-testid="eco-edge-label"
        >
          {label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
