import { describe, expect, it } from 'vitest';
import config, { preloadDefine } from '../../electron.vite.config.ts';
import { methodNames } from '../../shared/contract/index.ts';

describe('electron.vite.config.ts', () => {
  it('gives the preload every contract method name, from the contract itself', () => {
    expect(JSON.parse(preloadDefine.__PWB_METHOD_NAMES__)).toEqual(methodNames);
    expect(config.preload?.define).toEqual(preloadDefine);
  });

  it('builds the preload as bundled CommonJS (.cjs), as a sandboxed preload in a "type": "module" package needs', () => {
    const build = config.preload?.build;
    expect(build?.externalizeDeps).toBe(false);
    expect(build?.rolldownOptions?.output).toMatchObject({
      format: 'cjs',
      entryFileNames: '[name].cjs',
    });
  });

  it('writes main, preload and renderer under out/', () => {
    expect(config.main?.build?.outDir).toMatch(/out[\\/]main$/);
    expect(config.preload?.build?.outDir).toMatch(/out[\\/]preload$/);
    expect(config.renderer?.build?.outDir).toMatch(/out[\\/]renderer$/);
    expect(config.renderer?.base).toBe('./');
  });
});
