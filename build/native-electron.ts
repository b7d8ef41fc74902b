// Builds better-sqlite3 for Electron's ABI into .native/electron/, leaving node_modules (the Node
// build that `npm test` and the browser host load) untouched. Run by `npm start` and `npm run package`
// through tsx. Usage: tsx build/native-electron.ts [--require] [--force] [--arch=x64|arm64]
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  cleanBuildEnv,
  nativeBinaryName,
  nativeElectronDir,
  readModuleAbis,
  sameBuild,
  type NativeBuildInfo,
} from './native-abi.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const require = createRequire(join(projectRoot, 'package.json'));
const log = (message: string) => console.log(`[native:electron] ${message}`);

interface Attempt {
  name: string;
  /** Returns the built binary's path, or a sentence saying why there is none. */
  run(work: string): { binary: string } | { failed: string };
}

function version(pkgJson: string): string {
  return (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
}

function spawnNode(script: string, args: string[], cwd: string): string | null {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    env: cleanBuildEnv(process.env),
    stdio: 'inherit',
  });
  if (result.error) return result.error.message;
  return result.status === 0 ? null : `exited with code ${String(result.status)}`;
}

function findNodeGyp(): string | null {
  // npm tells scripts where its bundled node-gyp is; the project copy is a transitive dependency.
  const candidates = [process.env.npm_config_node_gyp];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed in the project; npm's own copy may still be there
  }
  return candidates.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
}

function attempts(target: NativeBuildInfo, bsqDir: string): Attempt[] {
  const bsqRequire = createRequire(join(bsqDir, 'package.json'));
  return [
    {
      // better-sqlite3 publishes Electron prebuilds on GitHub: no compiler needed.
      name: 'prebuilt download (prebuild-install)',
      run(work) {
        copyFileSync(join(bsqDir, 'package.json'), join(work, 'package.json'));
        const failed = spawnNode(
          bsqRequire.resolve('prebuild-install/bin.js'),
          [
            '--runtime=electron',
            `--target=${target.electron}`,
            `--arch=${target.arch}`,
            `--platform=${target.platform}`,
          ],
          work,
        );
        return failed ? { failed } : { binary: join(work, 'build', 'Release', nativeBinaryName) };
      },
    },
    {
      // Electron's documented manual rebuild, in a copy so the Node build stays in node_modules.
      name: 'compile from source (node-gyp with Electron headers)',
      run(work) {
        const nodeGyp = findNodeGyp();
        if (!nodeGyp) return { failed: 'node-gyp was not found' };
        cpSync(bsqDir, work, {
          recursive: true,
          filter: (src) => !/^[\\/](build|node_modules)$/.test(src.slice(bsqDir.length)),
        });
        const failed = spawnNode(
          nodeGyp,
          [
            'rebuild',
            '--release',
            `--target=${target.electron}`,
            `--arch=${target.arch}`,
            '--dist-url=https://electronjs.org/headers',
            `--devdir=${join(homedir(), '.electron-gyp')}`,
          ],
          work,
        );
        return failed ? { failed } : { binary: join(work, 'build', 'Release', nativeBinaryName) };
      },
    },
  ];
}

/** Accepts a binary only if it registers exactly Electron's ABI: never trust a build's exit code alone. */
function verify(binary: string, abi: number): string | null {
  if (!existsSync(binary)) return 'it produced no binary';
  const abis = readModuleAbis(readFileSync(binary));
  if (abis.length === 1 && abis[0] === abi) return null;
  return `it produced a module for ABI ${abis.join(', ') || 'unknown'}, not Electron's ${abi} (Node here is ${process.versions.modules})`;
}

function main(argv: string[]): number {
  const strict = argv.includes('--require');
  const arch = argv.find((a) => a.startsWith('--arch='))?.slice('--arch='.length) ?? process.arch;
  const bsqDir = dirname(require.resolve('better-sqlite3/package.json'));
  const electron = version(require.resolve('electron/package.json'));
  const nodeAbi = createRequire(
    createRequire(join(bsqDir, 'package.json')).resolve('prebuild-install/package.json'),
  )('node-abi') as { getAbi(target: string, runtime: string): string };
  const target: NativeBuildInfo = {
    electron,
    abi: Number(nodeAbi.getAbi(electron, 'electron')),
    betterSqlite3: version(join(bsqDir, 'package.json')),
    platform: process.platform,
    arch,
  };

  const outDir = join(projectRoot, nativeElectronDir);
  const outBinary = join(outDir, nativeBinaryName);
  const infoFile = join(outDir, 'build-info.json');
  const describe = `better-sqlite3 ${target.betterSqlite3} for Electron ${electron} (ABI ${target.abi}, ${target.platform}-${arch})`;

  if (!argv.includes('--force') && existsSync(infoFile) && verify(outBinary, target.abi) === null) {
    if (sameBuild(target, JSON.parse(readFileSync(infoFile, 'utf8')))) {
      log(`${describe} is up to date.`);
      return 0;
    }
  }

  const reasons: string[] = [];
  for (const attempt of attempts(target, bsqDir)) {
    const work = mkdtempSync(join(tmpdir(), 'pwb-native-'));
    try {
      log(`building ${describe}: ${attempt.name}...`);
      const result = attempt.run(work);
      const problem = 'failed' in result ? result.failed : verify(result.binary, target.abi);
      if (problem === null && 'binary' in result) {
        mkdirSync(outDir, { recursive: true });
        copyFileSync(result.binary, outBinary);
        writeFileSync(infoFile, `${JSON.stringify(target, null, 2)}\n`);
        log(`done: ${outBinary}`);
        return 0;
      }
      reasons.push(`${attempt.name}: ${problem}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  log(`could not build ${describe}.`);
  for (const reason of reasons) log(`  - ${reason}`);
  log('Tests and the browser host (npm test, npm run serve) do not need it; the desktop app does.');
  log('Fix: run `npm run native:electron` once while online (or with a C++ toolchain installed).');
  if (strict) return 1;
  log('Skipping for now: the app will explain this at launch.');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
