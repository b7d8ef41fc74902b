import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBinaryName, nativeElectronDir } from '../../build/native-abi.ts';
import { runtimePaths } from '../../electron/main/runtime-paths.ts';

const root = join(import.meta.dirname, '..', '..');
const configFile = join(root, 'build', 'electron-builder.yml');

// electron-builder's own loader and schema validation (the code `npm run package` runs first),
// reached through electron-builder so the test follows whichever app-builder-lib it installed.
const builderRequire = createRequire(
  createRequire(import.meta.url).resolve('electron-builder/package.json'),
);
const { getConfig, validateConfiguration } = builderRequire(
  'app-builder-lib/out/util/config/config.js',
) as {
  getConfig(
    projectDir: string,
    configPath: string,
    fromOptions: null,
  ): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
};
const { DebugLogger } = builderRequire('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

type Config = Record<string, unknown> & {
  extraResources: { from: string; to: string }[];
  fileAssociations: Record<string, unknown>[];
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};

async function loadConfig(): Promise<Config> {
  return (await getConfig(root, configFile, null)) as Config;
}

describe('build/electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(
      validateConfiguration(await loadConfig(), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('the validation would catch a misspelt option', async () => {
    const config = { ...(await loadConfig()), electronFuse: { runAsNode: false } };
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(
      /electronFuse/,
    );
  });

  it('names the product and builds AppImage + deb, NSIS and dmg', async () => {
    const config = await loadConfig();
    expect(config).toMatchObject({
      productName: 'Partnership Workbook',
      appId: expect.stringMatching(/\w+\.\w+/),
    });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('associates .pwb files with the app as their editor', async () => {
    expect((await loadConfig()).fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'pwb',
        name: 'Partnership Workbook',
        role: 'Editor',
        mimeType: 'application/x-partnership-workbook',
      }),
    ]);
  });

  it('sets the security fuses', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships migrations and the Electron-ABI binary where the shell looks for them, and never rebuilds node_modules', async () => {
    const config = await loadConfig();
    expect(config).toMatchObject({
      asar: true,
      npmRebuild: false,
      asarUnpack: ['node_modules/better-sqlite3/**'],
    });
    const packaged = runtimePaths({
      isPackaged: true,
      appPath: '/r/app.asar',
      resourcesPath: '/r',
      userData: '/u',
    });
    const byFrom = new Map(config.extraResources.map((r) => [r.from, join('/r', r.to)]));
    expect(byFrom.get('db/migrations')).toBe(packaged.migrationsFolder);
    expect(byFrom.get(`${nativeElectronDir}/${nativeBinaryName}`)).toBe(packaged.nativeBinding);
  });

  it('development reads the binary from where build/native-electron.ts writes it', () => {
    const dev = runtimePaths({
      isPackaged: false,
      appPath: '/repo',
      resourcesPath: '',
      userData: '/u',
    });
    expect(dev.nativeBinding).toBe(join('/repo', nativeElectronDir, nativeBinaryName));
    expect(dev.migrationsFolder).toBe(join('/repo', 'db', 'migrations'));
    expect(dev.preload).toBe(join('/repo', 'out', 'preload', 'index.cjs'));
    expect(dev.rendererDir).toBe(join('/repo', 'out', 'renderer'));
  });

  it('has an icon of at least 512×512 for every platform', () => {
    const png = readFileSync(join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('keeps renderer-only packages out of the app (dependencies are copied into it)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of [
      'react',
      'react-dom',
      '@mantine/core',
      'electron',
      'vite',
      'electron-vite',
      'recharts',
    ]) {
      expect(pkg.dependencies, name).not.toHaveProperty(name);
    }
    expect(pkg.dependencies).toHaveProperty('better-sqlite3');
  });
});
