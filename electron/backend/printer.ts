/** Paper sizes the governance pack is laid out for. */
export type PaperSize = 'a4' | 'letter';

export interface PdfPrintOptions {
  paper: PaperSize;
  landscape?: boolean;
  /** Chromium header/footer templates (HTML with pageNumber/totalPages spans); user text escaped. */
  headerTemplate?: string;
  footerTemplate?: string;
}

/** Page margins (mm) that leave room for the running header and footer. */
export const PRINT_MARGINS_MM = { top: 18, bottom: 16, left: 14, right: 14 } as const;

/**
 * The print port: turns a page of the renderer (the pack route) into PDF bytes. Electron implements
 * it with a hidden window's printToPDF, the browser host with headless Chromium; the backend only
 * sees this interface. Printing waits until the page marks itself ready with PRINT_READY_ATTRIBUTE.
 */
export interface PdfPrinter {
  printToPdf(url: string, options: PdfPrintOptions): Promise<Buffer>;
  /** Frees the browser resources; later prints are refused. */
  close(): Promise<void>;
}

/**
 * The page sets this attribute on <html> once its data is loaded and laid out for print; printers
 * wait for it rather than for a fixed delay.
 */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';

/**
 * A page that sets this attribute on <html> follows changes of its URL's fragment: it lays itself
 * out again for the new fragment and sets PRINT_READY_ATTRIBUTE once more. A printer whose page
 * already shows that document may then print a URL differing only in its fragment without
 * loading the page again (the printer removes the ready mark before it changes the fragment).
 */
export const PRINT_FOLLOWS_FRAGMENT_ATTRIBUTE = 'data-print-follows-fragment';

/** Whether two URLs are the same document and differ only in their fragment. */
export function differsOnlyInFragment(from: string, to: string): boolean {
  const split = (url: string) => {
    const at = url.indexOf('#');
    return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
  };
  const [fromDocument, fromFragment] = split(from);
  const [toDocument, toFragment] = split(to);
  return fromDocument === toDocument && fromFragment !== toFragment && toFragment !== '';
}
