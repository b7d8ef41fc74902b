import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { demo } from '../../electron/host/cli-demo.ts';
import { pack } from '../../electron/host/cli-pack.ts';
import { pdfPageCount, pdfPagesText } from './pdf-tools.ts';

/** `pwb pack` as a consultant runs it: the demo workbook to a PDF, from the command line. */
describe('pwb pack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pwb-cli-pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (command: typeof pack | typeof demo, args: string[], build?: string[]) => {
    const lines: string[] = [];
    const write = (line: string) => lines.push(line);
    const code =
      command === pack
        ? await pack(args, write, write, { dir: inject('rendererDir'), sourceDirs: build ?? [] })
        : await command(args, write, write);
    return { code, text: lines.join('\n') };
  };

  it('prints the chosen sections on US Letter, and names what is wrong with a bad request', async () => {
    const file = join(dir, 'demo.pwb');
    const made = await run(demo, [file, '--today', '2026-11-21', '--data-dir', join(dir, 'data')]);
    expect(made.code, made.text).toBe(0);

    const out = join(dir, 'steering.pdf');
    const printed = await run(pack, [
      file,
      '--out',
      out,
      '--sections',
      'cover,decisions,risks,appendix',
      '--paper',
      'letter',
      '--period',
      '2026-10',
      '--data-dir',
      join(dir, 'data'),
    ]);
    expect(printed.code, printed.text).toBe(0);
    expect(printed.text).toMatch(/Wrote .*steering\.pdf: \d+ pages/);
    const pages = pdfPagesText(out);
    expect(pages.length).toBe(pdfPageCount(out));
    const text = pages.join('\n');
    expect(text).toContain('Decisions requested');
    expect(text).toContain('Risks');
    expect(text).not.toContain('Partner portfolio');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);

    const unknown = await run(pack, [file, '--out', out, '--sections', 'cover,gossip']);
    expect(unknown.code).toBe(2);
    expect(unknown.text).toContain('Unknown section(s): gossip');
    const usage = await run(pack, [file]);
    expect(usage.code).toBe(2);
    expect(usage.text).toContain('Usage: pwb pack FILE --out PACK.pdf');
    const missing = await run(pack, [join(dir, 'nowhere.pwb'), '--out', out]);
    expect(missing.code).toBe(1);
    expect(missing.text.length).toBeGreaterThan(0);
  }, 120_000);

  it('refuses to print from a build older than the sources it was made from', async () => {
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    const edited = join(sources, 'Page.tsx');
    writeFileSync(edited, 'export {};\n');
    const later = new Date(Date.now() + 60_000);
    utimesSync(edited, later, later);
    const result = await run(
      pack,
      [join(dir, 'demo.pwb'), '--out', join(dir, 'stale.pdf')],
      [sources],
    );
    expect(result.code).toBe(1);
    expect(result.text).toContain('Run: npm run build:renderer');
  });
});
