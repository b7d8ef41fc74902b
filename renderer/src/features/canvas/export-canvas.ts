import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ValueCanvas } from '../../../../shared/contract/index.ts';
import { saveFile } from '../../api/save-file.ts';
import { fileSlug, savePng } from './export-image.ts';
import { VpcCanvasPrint } from './VpcCanvasPrint.tsx';

interface CanvasFile {
  canvas: ValueCanvas;
  ourName: string;
  theirName: string;
}

/** The board as drawn on screen, as a PNG for slides. */
export function exportCanvasPng(board: HTMLElement, theirName: string): Promise<void> {
  return savePng(board, `value-canvas-${fileSlug(theirName)}.png`);
}

/** The printed rendering as a vector SVG of plain shapes and text, for drawing programs. */
export function exportCanvasSvg({ canvas, ourName, theirName }: CanvasFile): void {
  const markup = renderToStaticMarkup(
    createElement(VpcCanvasPrint, { canvas, ourName, theirName, width: 1200 }),
  );
  saveFile(
    `value-canvas-${fileSlug(theirName)}.svg`,
    'image/svg+xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`,
  );
}
