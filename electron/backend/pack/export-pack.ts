import { randomUUID } from 'node:crypto';
import {
  AppError,
  packHashPath,
  type PackData,
  type PackOptions,
} from '../../../shared/contract/index.ts';
import type { PrintService } from './print-service.ts';
import { footerTemplate, headerTemplate } from './page-templates.ts';
import { loadPdfJs, readPrintedLayout, type PrintedLayout } from './pdf-sections.ts';

export interface PrintedPack extends PrintedLayout {
  pdf: Buffer;
}

const MAX_PASSES = 3;

/**
 * Prints the pack in passes: the first lays it out with placeholder page numbers, the PDF tells
 * where each section starts, and the next prints the table of contents with those numbers. It
 * stops when a pass lands every section where the contents say (normally the second).
 */
export async function printPack(
  service: PrintService,
  options: PackOptions,
  data: PackData,
): Promise<PrintedPack> {
  const title = data.programName ? `${data.programName}: governance pack` : 'Governance pack';
  // The passes of one export share a job: the print page fetches the export's data once for the
  // job and, printed again with the contents' numbers, only lays out the new numbers. A new
  // export is a new job, so a print page kept from an earlier export never shows earlier data.
  const job = randomUUID();
  const print = (tocPages: Record<string, number> | undefined) =>
    service.printer.printToPdf(
      service.pageUrl(`${packHashPath({ ...options, tocPages })}&job=${job}`),
      {
        paper: options.paper,
        headerTemplate: headerTemplate(data.clientName, title),
        footerTemplate: footerTemplate(data.confidentiality),
      },
    );

  // Loaded while Chromium lays out the first pass; a failure shows when the layout is read.
  loadPdfJs().catch(() => undefined);
  let tocPages: Record<string, number> | undefined;
  for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
    const pdf = await print(tocPages);
    const layout = await readPrintedLayout(pdf);
    const missing = data.sections.filter(
      (s) => s !== 'cover' && layout.sectionPages[s] === undefined,
    );
    if (missing.length > 0) {
      throw new AppError('internal', `The printed pack lost its sections: ${missing.join(', ')}.`);
    }
    if (tocPages && sameLayout(tocPages, layout.sectionPages)) return { pdf, ...layout };
    tocPages = layout.sectionPages;
  }
  throw new AppError(
    'internal',
    'The table of contents did not settle; the pack was not exported.',
  );
}

function sameLayout(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}
