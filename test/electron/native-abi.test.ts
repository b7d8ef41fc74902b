import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleanBuildEnv,
  readModuleAbis,
  sameBuild,
  type NativeBuildInfo,
} from '../../build/native-abi.ts';

const bsqDir = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));

describe('reading a native module ABI without loading it', () => {
  it('reads the Node ABI from the better-sqlite3 that npm test uses', () => {
    const binary = readFileSync(join(bsqDir, 'build', 'Release', 'better_sqlite3.node'));
    expect(readModuleAbis(binary)).toEqual([Number(process.versions.modules)]);
  });

  it('finds the registration symbol in any binary format, with or without a leading underscore', () => {
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]),
      Buffer.from('\0node_register_module_v150\0'),
    ]);
    const macho = Buffer.from('\0\0_node_register_module_v150\0junk');
    expect(readModuleAbis(elf)).toEqual([150]);
    expect(readModuleAbis(macho)).toEqual([150]);
    expect(
      readModuleAbis(Buffer.from('node_register_module_v115 node_register_module_v150')),
    ).toEqual([115, 150]);
    expect(readModuleAbis(Buffer.from('node_register_module_vX napi_register_module_v1'))).toEqual(
      [],
    );
    expect(readModuleAbis(Buffer.alloc(0))).toEqual([]);
  });
});

describe('native build helpers', () => {
  it('drops the npm config that steers node-gyp to the wrong headers, and keeps the rest', () => {
    const env = cleanBuildEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_target: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_cache: '/home/a/.npm',
      npm_config_node_gyp: '/usr/lib/node-gyp.js',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      npm_config_cache: '/home/a/.npm',
      npm_config_node_gyp: '/usr/lib/node-gyp.js',
    });
  });

  it('rebuilds when anything about the target changed', () => {
    const info: NativeBuildInfo = {
      electron: '45.4.1',
      abi: 150,
      betterSqlite3: '12.11.1',
      platform: 'linux',
      arch: 'x64',
    };
    expect(sameBuild(info, { ...info })).toBe(true);
    expect(sameBuild(info, { ...info, electron: '45.5.0' })).toBe(false);
    expect(sameBuild(info, { ...info, arch: 'arm64' })).toBe(false);
    expect(sameBuild(info, null)).toBe(false);
    expect(sameBuild(info, 'x')).toBe(false);
  });
});
