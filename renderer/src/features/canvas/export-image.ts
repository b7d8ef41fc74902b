import { toBlob } from 'html-to-image';
import { saveFile } from '../../api/save-file.ts';

/** Parts of a canvas marked data-export-hide (add buttons, hover tools) stay out of images. */
const keep = (node: HTMLElement): boolean =>
  !(node instanceof HTMLElement && node.dataset.exportHide === 'true');

export interface PngOptions {
  width?: number;
  height?: number;
  style?: Partial<CSSStyleDeclaration>;
}

/** Draws an element as a PNG at twice its size (sharp on a projector or in slides) and saves it. */
export async function savePng(
  element: HTMLElement,
  fileName: string,
  options: PngOptions = {},
): Promise<void> {
  const blob = await toBlob(element, {
    pixelRatio: 2,
    backgroundColor: '#ffffff',
    filter: keep,
    cacheBust: false,
    ...options,
  });
  if (!blob) throw new Error('The image could not be drawn.');
  saveFile(fileName, 'image/png', blob);
}

/** A file name from what the user typed: letters, digits and dashes only. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'canvas'
  );
}
