import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdf.js is loaded on the first export, not when the backend starts (it takes half a second);
 * an export starts loading it while the first pass prints.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Sections mark their first element with this id prefix; the table of contents links to them. */
export const SECTION_ANCHOR_PREFIX = 'pack-section-';

export interface PrintedLayout {
  pages: number;
  /** 1-based page on which each section starts, by section id. */
  sectionPages: Record<string, number>;
}

/**
 * Reads where each section landed in a printed PDF. Chromium turns every internal link target
 * into a named destination, so the table of contents' links tell us each section's page.
 */
export async function readPrintedLayout(pdf: Uint8Array): Promise<PrintedLayout> {
  const { getDocument } = await loadPdfJs();
  const document = await getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const destinations = (await document.getDestinations()) as Record<string, unknown[] | null>;
    const sectionPages: Record<string, number> = {};
    for (const [name, destination] of Object.entries(destinations)) {
      if (!name.startsWith(SECTION_ANCHOR_PREFIX) || !destination?.[0]) continue;
      const pageRef = destination[0] as Parameters<typeof document.getPageIndex>[0];
      sectionPages[name.slice(SECTION_ANCHOR_PREFIX.length)] =
        (await document.getPageIndex(pageRef)) + 1;
    }
    return { pages: document.numPages, sectionPages };
  } finally {
    await document.destroy();
  }
}
