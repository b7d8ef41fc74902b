import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPrintedLayout } from '../../electron/backend/pack/pdf-sections.ts';
import type { PrintService } from '../../electron/backend/pack/print-service.ts';
import { createChromiumPrinter } from '../../electron/host/chromium-printer.ts';
import { startHost, type RunningHost } from '../../electron/host/server.ts';
import type { BenchContext, Figure } from './harness.ts';
import { median, ratioFigure } from './harness.ts';
import { buildApp } from './builds.ts';
import { benchBackend, largeWorkbook, must } from './large-workbook.ts';

const PERIOD = '2026-10';

/** A plain-text document of `pages` A4 pages, marked ready for the printer at once. */
function plainTextUrl(pages: number): string {
  const lines = Array.from(
    { length: 40 },
    (_, i) => `Line ${i + 1}: plain text standing in for a page of the governance pack.`,
  ).join('<br>');
  const body = Array.from(
    { length: pages },
    (_, i) => `<section style="break-after: page"><h1>Page ${i + 1}</h1><p>${lines}</p></section>`,
  ).join('');
  return `data:text/html,${encodeURIComponent(
    `<!doctype html><html data-print-ready><body style="font: 11pt sans-serif">${body}</body></html>`,
  )}`;
}

interface PackRun {
  ms: number;
  pages: number;
}

/**
 * P5: the governance pack of 10 and of 50 partners of the large workbook, exported as the app
 * does (data, two-pass print with the real table of contents, written to a file) with the
 * printer warm, against the same Chromium printing plain text of the same page count. The cold
 * first export (Chromium not yet started) is reported on its own.
 */
export async function benchPackPrint(ctx: BenchContext): Promise<Figure[]> {
  const [path, appDir] = await Promise.all([largeWorkbook(ctx), buildApp(ctx)]);
  const backend = benchBackend(ctx, 'p5');
  await must(backend.call('workbook.open', { path }));
  let host: RunningHost | null = null;
  try {
    host = await startHost({ backend, staticDir: appDir });
    const list = await must<{ id: number; archived: boolean }[]>(
      backend.call('partners.list', { includeArchived: false }),
    );
    const ids = list.filter((p) => !p.archived).map((p) => p.id);
    const out = join(ctx.workDir, 'p5-pack.pdf');

    const exportPack = async (partners: number): Promise<PackRun> => {
      const start = performance.now();
      await must(
        backend.call('pack.export', {
          partnerIds: ids.slice(0, partners),
          period: PERIOD,
          paper: 'a4',
          path: out,
        }),
      );
      const ms = performance.now() - start;
      const layout = await readPrintedLayout(readFileSync(out));
      return { ms, pages: layout.pages };
    };

    // Cold: the first export starts Chromium.
    const cold = await exportPack(10);

    // The plain-text baseline prints in a browser of its own, kept warm like the pack's.
    const plainPrinter = createChromiumPrinter();
    const plain: PrintService = { printer: plainPrinter, pageUrl: (p) => p };
    const printPlain = async (pages: number) => {
      const start = performance.now();
      await plain.printer.printToPdf(plainTextUrl(pages), { paper: 'a4' });
      return performance.now() - start;
    };

    const figures: Figure[] = [];
    // Each export prints twice: fewer repetitions than the other figures (one in quick mode).
    const runs = ctx.quick ? 1 : Math.ceil(ctx.runs / 3);
    try {
      for (const partners of [10, 50]) {
        const packSamples: number[] = [];
        const plainSamples: number[] = [];
        let pages = 0;
        await exportPack(partners); // warm-up for this size
        for (let i = 0; i < runs; i += 1) {
          const run = await exportPack(partners);
          pages = run.pages;
          packSamples.push(run.ms);
          plainSamples.push(await printPlain(pages));
        }
        const packMs = median(packSamples);
        figures.push(
          ratioFigure(
            {
              id: 'P5',
              figure: `PDF pack of ${partners} partners (${pages} pages), printer warm`,
              unit: 'ms',
              median: packMs,
              baseline: median(plainSamples),
              baselineLabel: `Chromium printing ${pages} pages of plain text`,
              goal: '≤ 2×', // the 2 s goal of a ten-page pack is the figure below
            },
            2,
          ),
        );
      }

      // A pack of about ten pages: the cover, contents and one partner's sections.
      const tenPages: number[] = [];
      let pages = 0;
      for (let i = 0; i < runs; i += 1) {
        const run = await exportPack(1);
        pages = run.pages;
        tenPages.push(run.ms);
      }
      const tenMs = median(tenPages);
      figures.push({
        id: 'P5',
        figure: `PDF pack of 1 partner (${pages} pages), printer warm`,
        unit: 'ms',
        median: tenMs,
        baseline: null,
        baselineLabel: null,
        ratio: null,
        goal: '≤ 2 s for ~10 pages',
        pass: tenMs <= 2000,
      });
      figures.push({
        id: 'P5c',
        figure: `PDF pack of 10 partners (${cold.pages} pages), cold: first print starts Chromium`,
        unit: 'ms',
        median: cold.ms,
        baseline: null,
        baselineLabel: null,
        ratio: null,
        goal: 'reported',
        pass: true,
      });
    } finally {
      await plainPrinter.close();
    }
    return figures;
  } finally {
    await host?.close();
    backend.close();
  }
}
