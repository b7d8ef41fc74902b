import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { EcosystemMap } from '../../../../shared/contract/index.ts';
import { saveFile } from '../../api/save-file.ts';
import { savePng } from '../canvas/export-image.ts';
import { EcosystemMapPrint } from './EcosystemMapPrint.tsx';

/**
 * The whole map as a PNG at twice its size, whatever part of it is on screen: the flow's
 * viewport is drawn with a transform that frames every node.
 */
export async function exportMapPng(flowElement: HTMLElement, nodes: Node[]): Promise<void> {
  const viewport = flowElement.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) throw new Error('There is nothing on the map to draw yet.');
  const bounds = getNodesBounds(nodes);
  const width = Math.round(Math.min(4000, Math.max(800, bounds.width + 160)));
  const height = Math.round(Math.min(4000, Math.max(500, bounds.height + 160)));
  const frame = getViewportForBounds(bounds, width, height, 0.1, 2, 0.08);
  await savePng(viewport, 'ecosystem-map.png', {
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${frame.x}px, ${frame.y}px) scale(${frame.zoom})`,
    },
  });
}

/** The map as vector SVG made of plain shapes and text, which slide and drawing programs open. */
export function exportMapSvg(map: EcosystemMap): void {
  const markup = renderToStaticMarkup(createElement(EcosystemMapPrint, { map, width: 1600 }));
  saveFile(
    'ecosystem-map.svg',
    'image/svg+xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`,
  );
}
