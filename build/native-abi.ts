import { join } from 'node:path';

/** Where the Electron-ABI build of better-sqlite3 lives in a checkout (gitignored). */
export const nativeElectronDir = join('.native', 'electron');
export const nativeBinaryName = 'better_sqlite3.node';

const marker = Buffer.from('node_register_module_v', 'latin1');

/**
 * The NODE_MODULE_VERSIONs a native addon registers for. Node and Electron find a non-N-API addon's
 * entry point by the symbol `node_register_module_v<ABI>`, so this name is the ABI the binary was
 * compiled against, read without loading it (an Electron-ABI module cannot be loaded by Node).
 */
export function readModuleAbis(binary: Buffer): number[] {
  const found = new Set<number>();
  let at = binary.indexOf(marker);
  while (at !== -1) {
    let end = at + marker.length;
    let digits = '';
    for (
      let byte = binary[end];
      byte !== undefined && byte >= 0x30 && byte <= 0x39;
      byte = binary[end]
    ) {
      digits += String.fromCharCode(byte);
      end += 1;
    }
    if (digits) found.add(Number(digits));
    at = binary.indexOf(marker, end);
  }
  return [...found].sort((a, b) => a - b);
}

export interface NativeBuildInfo {
  electron: string;
  abi: number;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export function sameBuild(a: NativeBuildInfo, b: unknown): boolean {
  if (typeof b !== 'object' || b === null) return false;
  const other = b as Record<string, unknown>;
  return (Object.keys(a) as (keyof NativeBuildInfo)[]).every((key) => other[key] === a[key]);
}

/**
 * npm exports its config to scripts as npm_config_* variables, and node-gyp and prebuild-install
 * read them. A `nodedir` there (as on our build machines) silently points node-gyp at Node's headers
 * instead of Electron's, so the child processes get an environment without those keys.
 */
export function cleanBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const steering =
    /^npm_config_(nodedir|target|target_arch|arch|runtime|platform|disturl|dist_url|devdir|build_from_source)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !steering.test(key)));
}
