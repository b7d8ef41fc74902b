import {
  ecosystemEdgeKinds,
  ecosystemNodeSize,
  type EcosystemMap,
} from '../../../../shared/contract/index.ts';
import { charsFor, wrapText } from '../canvas/svg-text.ts';
import { edgeShape, parallelOffsets, type Rect } from './edge-geometry.ts';
import { edgeKindStyles, nodeKindStyles, strokeWidth } from './ecosystem-kinds.ts';

const padding = 48;
const ink = '#1f2430';

interface EcosystemMapPrintProps {
  map: EcosystemMap;
  /** The largest printed width in CSS pixels; the map keeps its proportions. */
  width?: number;
  /** The largest printed height; a tall map is scaled down to it. */
  maxHeight?: number;
}

/** A small map is not blown up beyond this, so its text keeps the size of the screen's. */
const maxScale = 1.25;

/**
 * The ecosystem map as one static vector SVG at a fixed width, drawn from the saved positions:
 * for the printed pack and for the SVG file, which opens in any drawing or slide program.
 */
export function EcosystemMapPrint({
  map,
  width: maxWidth = 1000,
  maxHeight = maxWidth * 1.2,
}: EcosystemMapPrintProps) {
  const { width: w, height: h } = ecosystemNodeSize;
  const xs = map.nodes.map((n) => n.x);
  const ys = map.nodes.map((n) => n.y);
  const minX = (xs.length ? Math.min(...xs) : 0) - padding;
  const minY = (ys.length ? Math.min(...ys) : 0) - padding;
  const boundsWidth = (xs.length ? Math.max(...xs) + w : w) - minX + padding;
  const boundsHeight = (ys.length ? Math.max(...ys) + h : h) - minY + padding;
  const scale = Math.min(maxWidth / boundsWidth, maxHeight / boundsHeight, maxScale);
  const width = Math.round(boundsWidth * scale);
  const height = Math.round(boundsHeight * scale);
  const rects = new Map<number, Rect>(
    map.nodes.map((n) => [n.id, { x: n.x, y: n.y, width: w, height: h }]),
  );
  const offsets = parallelOffsets(map.edges);

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`${minX} ${minY} ${boundsWidth} ${boundsHeight}`}
      fontFamily="Inter, 'Segoe UI', Helvetica, Arial, sans-serif"
      role="img"
      aria-label="Ecosystem map"
      data-testid="ecosystem-print"
    >
      <defs>
        {ecosystemEdgeKinds.map((kind) => (
          <marker
            key={kind}
            id={`arrow-${kind}`}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={16}
            markerHeight={16}
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={edgeKindStyles[kind].color} />
          </marker>
        ))}
      </defs>
      <rect x={minX} y={minY} width={boundsWidth} height={boundsHeight} fill="#ffffff" />
      {map.edges.map((edge) => {
        const from = rects.get(edge.sourceId);
        const to = rects.get(edge.targetId);
        if (!from || !to) return null;
        const style = edgeKindStyles[edge.kind];
        const shape = edgeShape(from, to, offsets.get(edge.id) ?? 0);
        const label = edge.label || style.label;
        const labelWidth = Math.min(180, label.length * 6.2 + 14);
        return (
          <g key={edge.id}>
            <path
              d={shape.path}
              fill="none"
              stroke={style.color}
              strokeWidth={strokeWidth(edge.strength)}
              strokeDasharray={style.dash || undefined}
              markerEnd={`url(#arrow-${edge.kind})`}
            />
            <rect
              x={shape.labelX - labelWidth / 2}
              y={shape.labelY - 9}
              width={labelWidth}
              height={18}
              rx={9}
              fill="#ffffff"
              stroke={style.color}
            />
            <text
              x={shape.labelX}
              y={shape.labelY + 3.5}
              fontSize={10.5}
              fontWeight={600}
              fill={style.color}
              textAnchor="middle"
            >
              {wrapText(label, charsFor(labelWidth - 10, 10.5), 1)[0]}
            </text>
          </g>
        );
      })}
      {map.nodes.map((node) => {
        const style = nodeKindStyles[node.kind];
        const hub = node.kind === 'our_org';
        const lines = wrapText(node.label, charsFor(w - 62, 13), 2);
        return (
          <g key={node.id}>
            <rect
              x={node.x}
              y={node.y}
              width={w}
              height={h}
              rx={12}
              fill={hub ? style.color : '#ffffff'}
              stroke={style.color}
              strokeWidth={2}
            />
            <circle
              cx={node.x + 26}
              cy={node.y + h / 2}
              r={16}
              fill={hub ? '#ffffff' : style.color}
            />
            <style.icon
              size={18}
              x={node.x + 17}
              y={node.y + h / 2 - 9}
              color={hub ? style.color : '#ffffff'}
              stroke={1.8}
            />
            {lines.map((text, i) => (
              <text
                key={i}
                x={node.x + 52}
                y={node.y + (lines.length === 1 ? 30 : 24) + i * 16}
                fontSize={13}
                fontWeight={650}
                fill={hub ? '#ffffff' : ink}
              >
                {text}
              </text>
            ))}
            <text
              x={node.x + 52}
              y={node.y + h - 10}
              fontSize={9.5}
              fontWeight={700}
              letterSpacing={0.6}
              fill={hub ? 'rgba(255,255,255,0.85)' : style.color}
            >
              {style.label.toUpperCase()}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
