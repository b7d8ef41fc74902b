import type { ReactNode } from 'react';
import {
  canvasZones,
  jobKindLabels,
  type CanvasItem,
  type CanvasZone,
  type ValueCanvas,
} from '../../../../shared/contract/index.ts';
import { zoneMeta } from './canvas-zones.ts';
import { charsFor, wrapText } from './svg-text.ts';
import { vpcLayout, type Box } from './vpc-geometry.ts';

/** Paper colours of the printed notes, matching the notes on screen. */
const defaultPaper = { fill: '#fff6c7', edge: '#fab005' };
const paper: Record<string, { fill: string; edge: string }> = {
  yellow: { fill: '#fff6c7', edge: '#fab005' },
  green: { fill: '#dff5e3', edge: '#40c057' },
  red: { fill: '#ffe3e3', edge: '#fa5252' },
  blue: { fill: '#dde9ff', edge: '#228be6' },
  grape: { fill: '#f1e0f7', edge: '#be4bdb' },
  teal: { fill: '#d5f5ee', edge: '#12b886' },
  orange: { fill: '#ffe8cc', edge: '#fd7e14' },
};
const ink = '#1f2430';
const line = '#5c6675';
const fontSize = 11;
const lineHeight = 14;

interface VpcCanvasPrintProps {
  canvas: ValueCanvas;
  ourName: string;
  theirName: string;
  /** The printed width in CSS pixels; the canvas keeps its proportions. */
  width?: number;
}

/**
 * The value proposition canvas as one static SVG at a fixed width, for the printed pack and
 * for files: no interaction, only shapes and text. Zones too full to print show "+ n more".
 */
export function VpcCanvasPrint({ canvas, ourName, theirName, width = 1000 }: VpcCanvasPrintProps) {
  const layout = vpcLayout(width);
  const { square, circle, zones } = layout;
  const split = zones.product.x + zones.product.width;
  const unaddressed = new Set([...canvas.fit.unaddressedPainIds, ...canvas.fit.unaddressedGainIds]);
  const fit = canvas.fit.percent === null ? 'Fit not measured' : `Fit ${canvas.fit.percent} %`;
  const rankOf = new Map(canvas.items.map((i) => [i.id, i.rank]));
  const gapMid = (square.x + square.width + circle.cx - circle.r) / 2;
  const margin = 16;
  const chord = Math.sqrt(circle.r ** 2 - (layout.divider - circle.cx) ** 2);

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width + 2 * margin}
      height={layout.height + 8 + 2 * margin}
      viewBox={`${-margin} ${-margin} ${width + 2 * margin} ${layout.height + 8 + 2 * margin}`}
      fontFamily="Inter, 'Segoe UI', Helvetica, Arial, sans-serif"
      role="img"
      aria-label={`Value proposition canvas of ${ourName} and ${theirName}`}
      data-testid="vpc-print"
    >
      <rect
        x={-margin}
        y={-margin}
        width={width + 2 * margin}
        height={layout.height + 8 + 2 * margin}
        fill="#ffffff"
      />
      <text x={0} y={22} fontSize={10} fontWeight={700} fill="#868e96" letterSpacing={1}>
        VALUE MAP · {fit.toUpperCase()}
      </text>
      <text x={0} y={44} fontSize={17} fontWeight={700} fill={ink}>
        {wrapText(`${ourName} × ${theirName}`, charsFor(square.width, 17), 1)[0]}
      </text>
      <text
        x={circle.cx}
        y={22}
        fontSize={10}
        fontWeight={700}
        fill="#868e96"
        letterSpacing={1}
        textAnchor="middle"
      >
        CUSTOMER PROFILE
      </text>
      <text x={circle.cx} y={44} fontSize={17} fontWeight={700} fill={ink} textAnchor="middle">
        {canvas.customerSegment || 'Customer segment not named'}
      </text>
      <rect
        x={square.x + 1}
        y={square.y + 1}
        width={square.width - 2}
        height={square.height - 2}
        rx={6}
        fill="none"
        stroke={line}
        strokeWidth={2.5}
      />
      <path
        d={`M${split},${square.y} V${square.y + square.height} M${split},${square.y + square.height / 2} H${square.x + square.width}`}
        stroke={line}
        strokeWidth={1.5}
      />
      <circle
        cx={circle.cx}
        cy={circle.cy}
        r={circle.r - 1}
        fill="none"
        stroke={line}
        strokeWidth={2.5}
      />
      <path
        d={`M${layout.divider},${circle.cy - chord} V${circle.cy + chord} M${circle.cx - circle.r},${circle.cy} H${layout.divider}`}
        stroke={line}
        strokeWidth={1.5}
      />
      {canvas.fit.percent !== null && (
        <g>
          <circle
            cx={gapMid}
            cy={circle.cy}
            r={25}
            fill="#ffffff"
            stroke="#3f61a8"
            strokeWidth={2}
          />
          <text
            x={gapMid}
            y={circle.cy + 2}
            fontSize={13}
            fontWeight={700}
            fill="#284a86"
            textAnchor="middle"
          >
            {canvas.fit.percent} %
          </text>
          <text x={gapMid} y={circle.cy + 14} fontSize={8} fill="#5c6675" textAnchor="middle">
            FIT
          </text>
        </g>
      )}
      {canvasZones.map((zone) => (
        <PrintZone
          key={zone}
          zone={zone}
          box={zones[zone]}
          titleBox={layout.outerTitles[zone]}
          items={canvas.items.filter((i) => i.zone === zone)}
          unaddressed={unaddressed}
          rankOf={rankOf}
          names={{ ours: ourName, theirs: theirName }}
        />
      ))}
    </svg>
  );
}

interface PrintZoneProps {
  zone: CanvasZone;
  box: Box;
  titleBox: Box | undefined;
  items: CanvasItem[];
  unaddressed: ReadonlySet<number>;
  rankOf: ReadonlyMap<number, number>;
  names: { ours: string; theirs: string };
}

function PrintZone({ zone, box, titleBox, items, unaddressed, rankOf, names }: PrintZoneProps) {
  const meta = zoneMeta[zone];
  const inset = zone === 'gain' || zone === 'pain' || zone === 'job' ? 4 : 12;
  const title = titleBox ?? { x: box.x + inset, y: box.y + 6, width: box.width, height: 20 };
  const noteWidth = box.width - 2 * inset;
  const chars = charsFor(noteWidth - (meta.ranked ? 26 : 14), fontSize);
  let y = titleBox ? box.y + 2 : box.y + 32;
  const bottom = box.y + box.height - 4;
  const rows: ReactNode[] = [];
  const ordered =
    zone === 'product'
      ? [...items.filter((i) => i.side !== 'theirs'), ...items.filter((i) => i.side === 'theirs')]
      : items;
  let shown = 0;
  let lastSide: string | null = null;

  for (const item of ordered) {
    const sideLabel =
      zone === 'product' && item.side !== lastSide
        ? (item.side === 'theirs' ? names.theirs : names.ours).toUpperCase()
        : null;
    const linked = item.linkedIds.map((id) => rankOf.get(id)).filter((r) => r !== undefined);
    const extra =
      item.zone === 'job' && item.jobKind
        ? ` (${jobKindLabels[item.jobKind]})`
        : meta.linksTo && !meta.ranked && linked.length
          ? ` → ${zoneMeta[meta.linksTo].noun}s ${linked.sort((a, b) => a - b).join(', ')}`
          : '';
    const lines = wrapText(item.text + extra, chars, 3);
    const height = lines.length * lineHeight + 8 + (sideLabel ? 16 : 0);
    if (y + height > bottom) break;
    if (sideLabel) {
      rows.push(
        <text
          key={`side-${item.id}`}
          x={box.x + inset}
          y={y + 10}
          fontSize={9}
          fontWeight={700}
          fill={item.side === 'theirs' ? '#9c36b5' : '#1971c2'}
        >
          {wrapText(sideLabel, charsFor(noteWidth, 9), 1)[0]}
        </text>,
      );
      y += 16;
      lastSide = item.side;
    }
    const color =
      paper[item.zone === 'product' && item.side === 'theirs' ? 'grape' : meta.color] ??
      defaultPaper;
    const noteHeight = lines.length * lineHeight + 8;
    rows.push(
      <g key={item.id}>
        <rect
          x={box.x + inset}
          y={y}
          width={noteWidth}
          height={noteHeight}
          rx={4}
          fill={color.fill}
        />
        <rect x={box.x + inset} y={y} width={3} height={noteHeight} fill={color.edge} />
        {unaddressed.has(item.id) && (
          <rect
            x={box.x + inset - 1}
            y={y - 1}
            width={noteWidth + 2}
            height={noteHeight + 2}
            rx={5}
            fill="none"
            stroke="#e03131"
            strokeDasharray="4 3"
          />
        )}
        {meta.ranked && (
          <>
            <circle cx={box.x + inset + 14} cy={y + 11} r={7} fill={color.edge} />
            <text
              x={box.x + inset + 14}
              y={y + 14.5}
              fontSize={9}
              fontWeight={700}
              fill="#fff"
              textAnchor="middle"
            >
              {item.rank}
            </text>
          </>
        )}
        {lines.map((text, i) => (
          <text
            key={i}
            x={box.x + inset + (meta.ranked ? 26 : 10)}
            y={y + 15 + i * lineHeight}
            fontSize={fontSize}
            fill={ink}
          >
            {text}
          </text>
        ))}
      </g>,
    );
    y += noteHeight + 5;
    shown += 1;
  }
  // Pains sit against their title below them, mirroring gains under theirs above.
  const shift = titleBox && zone === 'pain' && shown === items.length ? bottom - (y - 5) : 0;

  return (
    <g>
      <text
        x={title.x}
        y={title.y + 16}
        fontSize={10.5}
        fontWeight={700}
        fill="#495057"
        letterSpacing={0.5}
      >
        {meta.label.toUpperCase()}
      </text>
      <g transform={`translate(0, ${Math.max(0, shift)})`}>{rows}</g>
      {shown < items.length && (
        <text x={box.x + inset} y={Math.min(y + 10, bottom + 2)} fontSize={10} fill="#868e96">
          + {items.length - shown} more
        </text>
      )}
    </g>
  );
}
