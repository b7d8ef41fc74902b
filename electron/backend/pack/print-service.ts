import type { PackData, PackOptions } from '../../../shared/contract/index.ts';
import type { PdfPrinter } from '../printer.ts';

/**
 * What the host gives the backend so it can print its own pages: the printer, and the URL of a
 * renderer route (hash path such as "/pack?o=…") in this host.
 */
export interface PrintService {
  printer: PdfPrinter;
  pageUrl(hashPath: string): string;
}

/** The options that decide a pack's data (the table of contents' page numbers do not). */
function packDataKey(options: Omit<PackOptions, 'tocPages'>): string {
  return JSON.stringify([options.sections, options.partnerIds, options.period, options.paper]);
}

/** A slot the host fills once it knows its address; the pack handlers read it. */
export class PrintServiceSlot {
  private service: PrintService | null = null;
  private readonly printing = new Map<string, PackData>();

  set(service: PrintService | null): void {
    this.service = service;
  }

  get(): PrintService | null {
    return this.service;
  }

  /**
   * While a pack prints, the page being printed asks for the same data on every pass: it gets the
   * data the export assembled once, not a fresh assembly per pass.
   */
  async whilePrinting<T>(options: PackOptions, data: PackData, print: () => Promise<T>) {
    const key = packDataKey(options);
    const mine = !this.printing.has(key);
    if (mine) this.printing.set(key, data);
    try {
      return await print();
    } finally {
      if (mine) this.printing.delete(key);
    }
  }

  /** The data of a pack printing now with these options, if any. */
  packData(options: Omit<PackOptions, 'tocPages'>): PackData | undefined {
    return this.printing.get(packDataKey(options));
  }
}
