import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/host/cli.ts';
import { sha256 } from '../fixtures/bad-files.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the pwb command line', () => {
  it('creates a workbook and checks it', async () => {
    const dir = tempDir();
    const file = join(dir, 'acme.pwb');
    const created = await run([
      'new',
      file,
      '--org',
      'Northwind',
      '--client',
      'Acme',
      '--currency',
      'GBP',
      '--data-dir',
      join(dir, 'data'),
    ]);
    expect(created).toMatchObject({ code: 0, out: `Created ${file}.` });
    const checked = await run(['check', file]);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('"acme.pwb" is a healthy workbook');
    expect(checked.out).toContain('Integrity: ok.');
  });

  it('refuses to create over an existing file', async () => {
    const dir = tempDir();
    const file = join(dir, 'taken.pwb');
    writeFileSync(file, 'precious');
    const result = await run([
      'new',
      file,
      '--org',
      'a',
      '--client',
      'b',
      '--data-dir',
      join(dir, 'data'),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`A file already exists at ${file}. Choose another name.`);
  });

  it('exits non-zero with one sentence for a bad file, and writes nothing to it', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.pwb');
    writeFileSync(file, 'hello');
    const before = sha256(file);
    const result = await run(['check', file]);
    expect(result).toEqual({
      code: 1,
      out: '',
      err: '"bad.pwb" is not a Partnership Workbook file: it is not a SQLite database.',
    });
    expect(sha256(file)).toBe(before);
  });

  it('exports a workbook as JSON and imports it into a new file', async () => {
    const dir = tempDir();
    const file = join(dir, 'source.pwb');
    const data = ['--data-dir', join(dir, 'data')];
    await run(['new', file, '--org', 'Northwind', '--client', 'Acme', ...data]);
    const json = join(dir, 'acme.json');
    const exported = await run(['export', file, '--json', json, ...data]);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/^Wrote .*acme\.json: \d+ rows in \d+ tables/);
    const imported = await run(['import', json, '--to', join(dir, 'copy.pwb'), ...data]);
    expect(imported).toMatchObject({
      code: 0,
      out: `Created ${join(dir, 'copy.pwb')} from ${json}.`,
    });
    expect((await run(['check', join(dir, 'copy.pwb')])).code).toBe(0);
    writeFileSync(json, '{"format":"something-else"}');
    const refused = await run(['import', json, '--to', join(dir, 'other.pwb'), ...data]);
    expect(refused).toMatchObject({
      code: 1,
      err: 'This JSON file is not a Partnership Workbook export.',
    });
  });

  it('explains usage for unknown commands and missing arguments', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['new'])).err).toContain('Usage: pwb new FILE');
    expect((await run(['help'])).out).toContain('pwb serve');
  });

  it('runs as the installed bin through node', () => {
    const dir = tempDir();
    const file = join(dir, 'x.pwb');
    writeFileSync(file, '');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['electron/host/pwb.js', 'check', file], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = (error as { stderr: string }).stderr;
    }
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('"x.pwb" is empty (0 bytes), so it is not a workbook.');
  }, 60_000);
});
