import type { PdfPrinter } from '../printer.ts';

/**
 * What the host gives the backend so it can print its own pages: the printer, and the URL of a
 * renderer route (hash path such as "/pack?o=…") in this host.
 */
export interface PrintService {
  printer: PdfPrinter;
  pageUrl(hashPath: string): string;
}

/** A slot the host fills once it knows its address; the pack handlers read it. */
export class PrintServiceSlot {
  private service: PrintService | null = null;

  set(service: PrintService | null): void {
    this.service = service;
  }

  get(): PrintService | null {
    return this.service;
  }
}
